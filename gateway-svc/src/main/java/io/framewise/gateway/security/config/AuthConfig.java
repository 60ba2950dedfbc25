package io.framewise.gateway.security.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * Who may read and who may change ({@code framewise.gateway.auth.*}): API keys in the {@code X-Api-Key} header.
 * A write key may do everything, a read key only read; reads without a key only where {@link #openReads()} says so.
 */
@ConfigMapping(prefix = "framewise.gateway.auth")
public interface AuthConfig {

    /** On by default; off only in dev, test and local mode ({@code ./framewise up} without a key). */
    @WithDefault("true")
    boolean enabled();

    /** Write keys: every request (comma-separated in an environment variable: FRAMEWISE_GATEWAY_AUTH_API_KEYS). */
    Optional<Set<String>> apiKeys();

    /** Read keys: GET requests only (FRAMEWISE_GATEWAY_AUTH_READ_KEYS). */
    Optional<Set<String>> readKeys();

    /**
     * Reads ({@code GET /videos…}, {@code /people…}) without any key: an explicit opt-in for a deployment whose
     * videos are public. Webhooks (their receivers and deliveries) still need a write key.
     */
    @WithDefault("false")
    boolean openReads();

    /** How long a stream token ({@code GET /videos/{id}/events/token}) can be used to open the stream. */
    @WithDefault("PT2M")
    Duration streamTokenTtl();

    /**
     * The key stream tokens are signed with; every replica must have the same one. Default: derived from the
     * configured keys, which every replica shares.
     */
    Optional<String> tokenSecret();
}
