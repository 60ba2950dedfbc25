package io.framewise.gateway.service;

import io.framewise.gateway.config.AuthConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Set;

/** Checks the {@code X-Api-Key} of write requests against the configured keys, in constant time. */
@ApplicationScoped
public class ApiKeys {

    /** The outcome: allowed, or the API error to answer with. */
    public sealed interface Verdict {
        record Allowed() implements Verdict {
        }

        record Refused(int status, String code, String message) implements Verdict {
        }
    }

    private final boolean enabled;
    private final List<byte[]> keys;

    @Inject
    public ApiKeys(AuthConfig config) {
        this(config.enabled(), config.apiKeys().orElse(Set.of()));
    }

    ApiKeys(boolean enabled, Set<String> keys) {
        this.enabled = enabled;
        this.keys = keys.stream().filter(key -> !key.isBlank())
                .map(key -> key.strip().getBytes(StandardCharsets.UTF_8)).toList();
    }

    public boolean enabled() {
        return enabled;
    }

    /** True if the key is one of the configured ones (whether or not checking is enabled). */
    public boolean isValid(String presented) {
        if (presented == null || presented.isEmpty()) {
            return false;
        }
        byte[] candidate = presented.getBytes(StandardCharsets.UTF_8);
        boolean found = false;
        for (byte[] key : keys) {
            found |= MessageDigest.isEqual(key, candidate);
        }
        return found;
    }

    public Verdict check(String presented) {
        if (!enabled) {
            return new Verdict.Allowed();
        }
        if (keys.isEmpty()) {
            return new Verdict.Refused(503, "AuthNotConfigured", "write requests need an API key, but no API "
                    + "keys are configured: set framewise.gateway.auth.api-keys (environment variable "
                    + "FRAMEWISE_GATEWAY_AUTH_API_KEYS, comma-separated), or turn checking off with "
                    + "framewise.gateway.auth.enabled=false");
        }
        if (presented == null || presented.isBlank()) {
            return new Verdict.Refused(401, "Unauthorized", "this request changes data and needs an API key: "
                    + "send it in the X-Api-Key header");
        }
        if (!isValid(presented)) {
            return new Verdict.Refused(401, "Unauthorized", "the API key in X-Api-Key is not valid");
        }
        return new Verdict.Allowed();
    }
}
