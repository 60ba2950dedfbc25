package io.framewise.kit.work;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** A {@link WorkConfig} for tests: the system temp dir, this many attempts, a 1 ms backoff. */
public record TestWorkConfig(int attempts) implements WorkConfig {

    @Override
    public Optional<Path> directory() {
        return Optional.empty();
    }

    @Override
    public Duration backoff() {
        return Duration.ofMillis(1);
    }
}
