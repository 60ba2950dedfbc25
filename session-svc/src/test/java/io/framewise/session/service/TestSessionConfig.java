package io.framewise.session.service;

import io.framewise.events.Stage;
import io.framewise.session.config.SessionConfig;
import java.time.Duration;
import java.util.List;

/** SessionConfig's defaults, with the stages a test names. */
record TestSessionConfig(List<Stage> stages) implements SessionConfig {

    @Override
    public int maxSide() {
        return 8192;
    }

    @Override
    public Duration maxDuration() {
        return Duration.ofHours(4);
    }

    @Override
    public long maxPixelRate() {
        return 1_100_000_000L;
    }

    @Override
    public long maxFrames() {
        return 1_000_000L;
    }
}
