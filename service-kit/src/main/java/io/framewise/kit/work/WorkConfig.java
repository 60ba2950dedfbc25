package io.framewise.kit.work;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** How a worker service runs a stage's work ({@code framewise.work.*}): scratch space, retries, time limits. */
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

    /**
     * Wall-clock limit of a job of this service's stage(s), replacing the stage's own base limit ({@link
     * StageLimits}); the part that grows with the video's length comes on top.
     */
    Optional<Duration> timeLimit();

    /** Added to the limit per minute of the video, replacing the stage's own rate. */
    Optional<Duration> timeLimitPerMediaMinute();

    /** The length assumed for a video this service has not seen a probe of (the longest session-svc accepts). */
    @WithDefault("PT4H")
    Duration maxMediaLength();

    /** After its limit the job is interrupted; if it has still not stopped this much later, it is reported failed. */
    @WithDefault("PT30S")
    Duration stopGrace();
}
