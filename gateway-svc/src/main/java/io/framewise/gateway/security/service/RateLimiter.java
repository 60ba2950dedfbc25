package io.framewise.gateway.security.service;

import io.framewise.gateway.security.config.RateLimitConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Token buckets, one per client (API key or address): each request takes a token; tokens come back at
 * {@code requests-per-second} up to {@code burst}. Idle buckets are forgotten, so the map stays small.
 */
@ApplicationScoped
public class RateLimiter {

    private static final int MAX_CLIENTS = 100_000;

    /** Allowed, or refused with how long until a token is back. */
    public record Decision(boolean allowed, Duration retryAfter) {
    }

    private final double perSecond;
    private final int burst;
    private final LongSupplier nanoClock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    @Inject
    public RateLimiter(RateLimitConfig config) {
        this(config.requestsPerSecond(), config.burst(), System::nanoTime);
    }

    RateLimiter(double perSecond, int burst, LongSupplier nanoClock) {
        this.perSecond = perSecond;
        this.burst = burst;
        this.nanoClock = nanoClock;
    }

    public Decision tryAcquire(String client) {
        long now = nanoClock.getAsLong();
        if (buckets.size() > MAX_CLIENTS) {
            buckets.values().removeIf(bucket -> bucket.isFullAt(now));
        }
        return buckets.computeIfAbsent(client, key -> new Bucket(now)).take(now);
    }

    private final class Bucket {
        private double tokens = burst;
        private long updatedAt;

        Bucket(long now) {
            updatedAt = now;
        }

        synchronized Decision take(long now) {
            refill(now);
            if (tokens >= 1) {
                tokens -= 1;
                return new Decision(true, Duration.ZERO);
            }
            long waitNanos = (long) Math.ceil((1 - tokens) / perSecond * 1e9);
            return new Decision(false, Duration.ofNanos(waitNanos));
        }

        synchronized boolean isFullAt(long now) {
            refill(now);
            return tokens >= burst;
        }

        private void refill(long now) {
            tokens = Math.min(burst, tokens + (now - updatedAt) / 1e9 * perSecond);
            updatedAt = now;
        }
    }
}
