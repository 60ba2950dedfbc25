package io.framewise.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;
import java.util.Set;

/** API keys for write requests (POST, PUT, PATCH, DELETE), sent in the {@code X-Api-Key} header. */
@ConfigMapping(prefix = "framewise.gateway.auth")
public interface AuthConfig {

    /** On by default; off only in dev, test and local mode ({@code ./framewise up}). */
    @WithDefault("true")
    boolean enabled();

    /** Accepted keys (comma-separated in an environment variable: FRAMEWISE_GATEWAY_AUTH_API_KEYS). */
    Optional<Set<String>> apiKeys();
}
