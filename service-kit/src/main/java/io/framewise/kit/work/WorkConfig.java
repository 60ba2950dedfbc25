package io.framewise.kit.work;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** How a worker service runs a stage's work ({@code framewise.work.*}). */
@ConfigMapping(prefix = "framewise.work")
public interface WorkConfig {

    /** Where each job gets its scratch directory (the source video, encoder output); default: the system temp dir. */
    Optional<Path> directory();

    /** Attempts at a job that fails for a passing reason (storage or broker unreachable) before it is given up. */
    @WithDefault("3")
    int attempts();

    /** Wait before the second attempt; doubled before each further one. */
    @WithDefault("PT1S")
    Duration backoff();
}
