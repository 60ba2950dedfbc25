package io.framewise.status.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "framewise.status")
public interface StatusConfig {

    /** How many of the merged labels render.ready carries (metadata.json has them all). */
    @WithDefault("10")
    int readyTopLabels();

    /** A video with no event for this long is marked FAILED by the watchdog. */
    @WithDefault("PT15M")
    Duration stallLimit();

    /** How often the watchdog looks for stalled videos (read by its @Scheduled expression). */
    @WithDefault("30s")
    String watchdogEvery();

    /** How many stalled videos one watchdog round handles at most. */
    @WithDefault("100")
    int stallBatch();
}
