package io.framewise.gateway.security.service;

import io.framewise.gateway.security.config.AuthConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Short-lived tokens that open one video's event stream ({@code GET /videos/{id}/events?token=…}): a browser's
 * EventSource cannot send the {@code X-Api-Key} header. A token names the video and its expiry and is signed
 * (HMAC-SHA256) with a key every replica derives from the configured API keys, so any replica accepts what another
 * issued, and rotating the keys voids every token. It grants nothing but that one stream.
 */
@ApplicationScoped
public class StreamTokens {

    /** A token and when it stops opening the stream. */
    public record Token(String value, Instant expiresAt) {
    }

    private final byte[] signingKey;
    private final Duration ttl;
    private final Clock clock;

    @Inject
    public StreamTokens(AuthConfig config, ApiKeys keys) {
        this(signingKey(config, keys), config.streamTokenTtl(), Clock.systemUTC());
    }

    StreamTokens(byte[] signingKey, Duration ttl, Clock clock) {
        this.signingKey = signingKey.clone();
        this.ttl = ttl;
        this.clock = clock;
    }

    public Token issue(String videoId) {
        Instant expiresAt = clock.instant().plus(ttl);
        long expiry = expiresAt.getEpochSecond();
        return new Token(expiry + "." + signature(videoId, expiry), Instant.ofEpochSecond(expiry));
    }

    /** True if the token was issued for this video by a replica with the same keys and has not expired. */
    public boolean accepts(String videoId, String token) {
        if (videoId == null || token == null) {
            return false;
        }
        int dot = token.indexOf('.');
        if (dot < 1 || dot > 19) {
            return false;
        }
        long expiry;
        try {
            expiry = Long.parseLong(token.substring(0, dot));
        } catch (NumberFormatException e) {
            return false;
        }
        byte[] expected = signature(videoId, expiry).getBytes(StandardCharsets.US_ASCII);
        byte[] presented = token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, presented) && clock.instant().getEpochSecond() <= expiry;
    }

    private String signature(String videoId, long expiry) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(signingKey, "HmacSHA256"));
            byte[] digest = mac.doFinal(("events|" + videoId + "|" + expiry).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /** The configured secret, else a digest of every key (the same on every replica), else random (no keys). */
    private static byte[] signingKey(AuthConfig config, ApiKeys keys) {
        if (config.tokenSecret().filter(secret -> !secret.isBlank()).isPresent()) {
            return config.tokenSecret().get().getBytes(StandardCharsets.UTF_8);
        }
        List<byte[]> all = keys.allKeys().stream().sorted(Comparator.comparing(StreamTokens::hex)).toList();
        if (all.isEmpty()) {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            return random;
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update("framewise stream tokens".getBytes(StandardCharsets.UTF_8));
            for (byte[] key : all) {
                sha.update(key);
                sha.update((byte) 0);
            }
            return sha.digest();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private static String hex(byte[] bytes) {
        return java.util.HexFormat.of().formatHex(bytes);
    }
}
