package io.framewise.kit.work;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** Work settings for tests: few attempts, no backoff to speak of, and optionally a short time limit. */
public record TestWorkConfig(int attempts, Optional<Duration> timeLimit, Duration stopGrace) implements WorkConfig {

    public TestWorkConfig(int attempts) {
        this(attempts, Optional.empty(), Duration.ofSeconds(30));
    }

    @Override
    public Optional<Path> directory() {
        return Optional.empty();
    }

    @Override
    public Duration backoff() {
        return Duration.ofMillis(1);
    }

    @Override
    public Optional<Duration> timeLimitPerMediaMinute() {
        return timeLimit.map(limit -> Duration.ZERO);
    }

    @Override
    public Duration maxMediaLength() {
        return Duration.ofHours(4);
    }
}
