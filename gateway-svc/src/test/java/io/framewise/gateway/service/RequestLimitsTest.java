package io.framewise.gateway.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The token bucket and the API-key check, without a server. */
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
        assertThat(new ApiKeys(false, Set.of()).check(null)).isInstanceOf(ApiKeys.Verdict.Allowed.class);
        ApiKeys keys = new ApiKeys(true, Set.of("k1", " k2 "));
        assertThat(keys.check("k2")).isInstanceOf(ApiKeys.Verdict.Allowed.class);
        assertThat(keys.check("k3")).isEqualTo(new ApiKeys.Verdict.Refused(401, "Unauthorized",
                "the API key in X-Api-Key is not valid"));
        assertThat(keys.check(null)).isInstanceOfSatisfying(ApiKeys.Verdict.Refused.class,
                refused -> assertThat(refused.status()).isEqualTo(401));
        assertThat(new ApiKeys(true, Set.of()).check("anything")).isInstanceOfSatisfying(
                ApiKeys.Verdict.Refused.class, refused -> {
                    assertThat(refused.status()).isEqualTo(503);
                    assertThat(refused.code()).isEqualTo("AuthNotConfigured");
                    assertThat(refused.message()).contains("FRAMEWISE_GATEWAY_AUTH_API_KEYS")
                            .contains("framewise.gateway.auth.enabled=false");
                });
    }
}
