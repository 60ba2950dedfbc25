package io.framewise.gateway.imports.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** URL imports ({@code POST /videos/imports}): where the gateway may fetch from, and how much. */
@ConfigMapping(prefix = "framewise.gateway.imports")
public interface ImportConfig {

    /**
     * Fetch from loopback, private, link-local, metadata and other non-public addresses too. Off: that is
     * how a URL import becomes a way into the internal network (SSRF).
     */
    @WithDefault("false")
    boolean allowPrivate();

    /** Non-public networks (CIDR, e.g. 10.1.2.0/24 or 127.0.0.2/32) allowed even so. */
    Optional<List<String>> allowedNetworks();

    /** The whole download, redirects included, must finish within this. */
    @WithDefault("PT10M")
    Duration timeout();

    @WithDefault("PT10S")
    Duration connectTimeout();

    /** A download that receives nothing for this long is abandoned. */
    @WithDefault("PT30S")
    Duration idleTimeout();

    /** Redirects followed at most; each hop is checked like the first URL. */
    @WithDefault("5")
    int maxRedirects();

    /** Imports downloading at once (per gateway instance). */
    @WithDefault("2")
    int maxConcurrent();

    /** Imports waiting for a download slot; beyond this, new imports get 503. */
    @WithDefault("50")
    int maxQueued();
}
