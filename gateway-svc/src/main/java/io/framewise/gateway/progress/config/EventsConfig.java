package io.framewise.gateway.progress.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Server-Sent Events streams ({@code framewise.gateway.events.*}): keep-alives and what one client may hold. */
@ConfigMapping(prefix = "framewise.gateway.events")
public interface EventsConfig {

    /** A comment this often keeps proxies from closing a quiet stream (and notices a gone client). */
    @WithDefault("PT15S")
    Duration heartbeat();

    /** Streams one client address may hold open at once on this instance; more get 429. */
    @WithDefault("10")
    int maxPerClient();

    /** Streams this instance holds open at once, all clients together; more get 503. */
    @WithDefault("1000")
    int maxStreams();

    /** A stream is ended after this long (a browser's EventSource then reconnects, with a fresh token). */
    @WithDefault("PT30M")
    Duration lifetime();
}
