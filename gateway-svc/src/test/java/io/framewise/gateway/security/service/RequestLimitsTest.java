package io.framewise.gateway.security.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The token bucket, the API-key check and stream tokens, without a server. */
class RequestLimitsTest {

    @Test
    void aBucketAllowsItsBurstThenRefillsAtItsRate() {
        AtomicLong now = new AtomicLong();
        RateLimiter limiter = new RateLimiter(2, 3, now::get);
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.tryAcquire("a").allowed()).isTrue();
        }
        RateLimiter.Decision refused = limiter.tryAcquire("a");
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfter()).isEqualTo(Duration.ofMillis(500));
        assertThat(limiter.tryAcquire("b").allowed()).as("another client has its own bucket").isTrue();
        now.addAndGet(Duration.ofMillis(500).toNanos());
        assertThat(limiter.tryAcquire("a").allowed()).isTrue();
        assertThat(limiter.tryAcquire("a").allowed()).isFalse();
    }

    @Test
    void apiKeysAreCheckedOnlyWhenEnabledAndSayHowToConfigure() {
        assertThat(new ApiKeys(false, Set.of(), Set.of(), false).check(null, ApiKeys.Scope.WRITE))
                .isInstanceOf(ApiKeys.Verdict.Allowed.class);
        ApiKeys keys = new ApiKeys(true, Set.of("k1", " k2 "), Set.of(), false);
        assertThat(keys.check("k2", ApiKeys.Scope.WRITE)).isInstanceOf(ApiKeys.Verdict.Allowed.class);
        assertThat(keys.check("k3", ApiKeys.Scope.READ)).isEqualTo(new ApiKeys.Verdict.Refused(401, "Unauthorized",
                "the API key in X-Api-Key is not valid"));
        assertThat(keys.check(null, ApiKeys.Scope.READ)).isInstanceOfSatisfying(ApiKeys.Verdict.Refused.class,
                refused -> assertThat(refused.status()).isEqualTo(401));
        assertThat(new ApiKeys(true, Set.of(), Set.of(), false).check("anything", ApiKeys.Scope.READ))
                .isInstanceOfSatisfying(ApiKeys.Verdict.Refused.class, refused -> {
                    assertThat(refused.status()).isEqualTo(503);
                    assertThat(refused.code()).isEqualTo("AuthNotConfigured");
                    assertThat(refused.message()).contains("FRAMEWISE_GATEWAY_AUTH_API_KEYS")
                            .contains("framewise.gateway.auth.enabled=false");
                });
    }

    @Test
    void aReadKeyReadsAWriteKeyDoesBothAndOpenReadsAreAnOptIn() {
        ApiKeys keys = new ApiKeys(true, Set.of("writer"), Set.of("reader"), false);
        assertThat(keys.check("reader", ApiKeys.Scope.READ)).isInstanceOf(ApiKeys.Verdict.Allowed.class);
        assertThat(keys.check("writer", ApiKeys.Scope.READ)).isInstanceOf(ApiKeys.Verdict.Allowed.class);
        assertThat(keys.check("reader", ApiKeys.Scope.WRITE)).isInstanceOfSatisfying(ApiKeys.Verdict.Refused.class,
                refused -> assertThat(refused.status()).isEqualTo(403));
        assertThat(keys.check(null, ApiKeys.Scope.READ)).as("reads need a key unless opened")
                .isInstanceOf(ApiKeys.Verdict.Refused.class);

        ApiKeys open = new ApiKeys(true, Set.of("writer"), Set.of(), true);
        assertThat(open.check(null, ApiKeys.Scope.READ)).isInstanceOf(ApiKeys.Verdict.Allowed.class);
        assertThat(open.check(null, ApiKeys.Scope.WRITE)).isInstanceOf(ApiKeys.Verdict.Refused.class);
        assertThat(open.check("wrong", ApiKeys.Scope.READ)).as("a wrong key is refused even where reads are open")
                .isInstanceOf(ApiKeys.Verdict.Refused.class);
    }

    @Test
    void aStreamTokenOpensOneVideosStreamUntilItExpires() {
        MutableClock clock = new MutableClock();
        StreamTokens tokens = new StreamTokens("secret".getBytes(), Duration.ofMinutes(2), clock);
        String token = tokens.issue("video-a").value();
        assertThat(tokens.accepts("video-a", token)).isTrue();
        assertThat(tokens.accepts("video-b", token)).as("another video's stream").isFalse();
        assertThat(new StreamTokens("other".getBytes(), Duration.ofMinutes(2), clock).accepts("video-a", token))
                .as("signed with other keys").isFalse();
        String[] parts = token.split("\\.");
        assertThat(tokens.accepts("video-a", (Long.parseLong(parts[0]) + 3600) + "." + parts[1]))
                .as("a later expiry with the same signature").isFalse();
        assertThat(tokens.accepts("video-a", "garbage")).isFalse();
        clock.advance(Duration.ofMinutes(3));
        assertThat(tokens.accepts("video-a", token)).as("expired").isFalse();
    }

    /** A clock the test moves. */
    private static final class MutableClock extends java.time.Clock {
        private java.time.Instant now = java.time.Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public java.time.ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
        }

        @Override
        public java.time.Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public java.time.Instant instant() {
            return now;
        }
    }
}
