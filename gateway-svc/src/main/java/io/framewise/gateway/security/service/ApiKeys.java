package io.framewise.gateway.security.service;

import io.framewise.gateway.security.config.AuthConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks the {@code X-Api-Key} of a request against the configured keys, in constant time: a write key may do
 * everything, a read key only read; reads need no key only where open reads were asked for.
 */
@ApplicationScoped
public class ApiKeys {

    /** What a request needs. */
    public enum Scope {
        READ, WRITE
    }

    /** The outcome: allowed, or the API error to answer with. */
    public sealed interface Verdict {
        record Allowed() implements Verdict {
        }

        record Refused(int status, String code, String message) implements Verdict {
        }
    }

    private final boolean enabled;
    private final boolean openReads;
    private final List<byte[]> writeKeys;
    private final List<byte[]> readKeys;

    @Inject
    public ApiKeys(AuthConfig config) {
        this(config.enabled(), config.apiKeys().orElse(Set.of()), config.readKeys().orElse(Set.of()),
                config.openReads());
    }

    ApiKeys(boolean enabled, Set<String> writeKeys, Set<String> readKeys, boolean openReads) {
        this.enabled = enabled;
        this.openReads = openReads;
        this.writeKeys = bytesOf(writeKeys);
        this.readKeys = bytesOf(readKeys);
    }

    public boolean enabled() {
        return enabled;
    }

    /** The scope the key grants, whether or not checking is enabled; empty for no key or an unknown one. */
    public Optional<Scope> scopeOf(String presented) {
        if (presented == null || presented.isEmpty()) {
            return Optional.empty();
        }
        byte[] candidate = presented.getBytes(StandardCharsets.UTF_8);
        if (matchesAny(writeKeys, candidate)) {
            return Optional.of(Scope.WRITE);
        }
        return matchesAny(readKeys, candidate) ? Optional.of(Scope.READ) : Optional.empty();
    }

    /** True if the key is one of the configured ones, of either scope. */
    public boolean isValid(String presented) {
        return scopeOf(presented).isPresent();
    }

    public Verdict check(String presented, Scope needed) {
        if (!enabled) {
            return new Verdict.Allowed();
        }
        boolean absent = presented == null || presented.isBlank();
        if (absent && needed == Scope.READ && openReads) {
            return new Verdict.Allowed();
        }
        if (writeKeys.isEmpty() && readKeys.isEmpty()) {
            return new Verdict.Refused(503, "AuthNotConfigured", "this server needs an API key for every "
                    + "request, but no API keys are configured: set framewise.gateway.auth.api-keys (environment "
                    + "variable FRAMEWISE_GATEWAY_AUTH_API_KEYS, comma-separated), or turn checking off with "
                    + "framewise.gateway.auth.enabled=false");
        }
        if (absent) {
            return new Verdict.Refused(401, "Unauthorized", needed == Scope.WRITE
                    ? "this request changes data and needs a write API key: send it in the X-Api-Key header"
                    : "this request needs an API key (a read or a write key): send it in the X-Api-Key header");
        }
        Optional<Scope> granted = scopeOf(presented);
        if (granted.isEmpty()) {
            return new Verdict.Refused(401, "Unauthorized", "the API key in X-Api-Key is not valid");
        }
        if (needed == Scope.WRITE && granted.get() == Scope.READ) {
            return new Verdict.Refused(403, "Forbidden", "this API key may only read; this request needs a "
                    + "write key");
        }
        return new Verdict.Allowed();
    }

    /** Every configured key, for deriving the stream tokens' signing key. */
    List<byte[]> allKeys() {
        return java.util.stream.Stream.concat(writeKeys.stream(), readKeys.stream()).toList();
    }

    private static boolean matchesAny(List<byte[]> keys, byte[] candidate) {
        boolean found = false;
        for (byte[] key : keys) {
            found |= MessageDigest.isEqual(key, candidate);
        }
        return found;
    }

    private static List<byte[]> bytesOf(Set<String> keys) {
        return keys.stream().filter(key -> !key.isBlank())
                .map(key -> key.strip().getBytes(StandardCharsets.UTF_8)).toList();
    }
}
