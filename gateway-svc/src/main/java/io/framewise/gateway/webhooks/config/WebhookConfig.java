package io.framewise.gateway.webhooks.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Webhook delivery: retries, timeouts, and which receivers are allowed. */
@ConfigMapping(prefix = "framewise.gateway.webhooks")
public interface WebhookConfig {

    /** Attempts per delivery, the first included; after the last failure the delivery is FAILED. */
    @WithDefault("6")
    int maxAttempts();

    /** Wait before the second attempt; it doubles for each further one, up to {@link #maxBackoff()}. */
    @WithDefault("PT5S")
    Duration initialBackoff();

    @WithDefault("PT10M")
    Duration maxBackoff();

    /** One attempt (connect, send, answer) must finish within this. */
    @WithDefault("PT10S")
    Duration timeout();

    /** How often due deliveries are looked for (also the latency of a first delivery). */
    @WithDefault("1s")
    String pollEvery();

    /** Deliveries sent at once (per gateway instance). */
    @WithDefault("4")
    int maxConcurrent();

    /** Receivers on loopback, private and other non-public addresses; off by default, as for imports. */
    @WithDefault("false")
    boolean allowPrivate();

    /** Non-public networks (CIDR) allowed even so, e.g. the cluster's service network. */
    Optional<List<String>> allowedNetworks();
}
