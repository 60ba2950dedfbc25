package io.framewise.gateway.security.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * A token bucket per API key (or, without one, per client address) on every API request; per gateway
 * instance. Behind a proxy, set {@code quarkus.http.proxy.proxy-address-forwarding} so the client's own
 * address is used.
 */
@ConfigMapping(prefix = "framewise.gateway.rate-limit")
public interface RateLimitConfig {

    @WithDefault("true")
    boolean enabled();

    /** Tokens added per second: the sustained request rate. */
    @WithDefault("20")
    double requestsPerSecond();

    /** Bucket size: how many requests may come at once after a quiet spell. */
    @WithDefault("60")
    int burst();
}
