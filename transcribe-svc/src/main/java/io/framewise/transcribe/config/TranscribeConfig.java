package io.framewise.transcribe.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How speech is recognised and cut into segments ({@code framewise.transcribe.*}). */
@ConfigMapping(prefix = "framewise.transcribe")
public interface TranscribeConfig {

    /** The language reported with every transcript; the only model shipped is US English. */
    @WithDefault("en-us")
    String language();

    /** Which model runs: {@code sphinx4-en-us} (the only one so far; the name goes into {@code engine}). */
    @WithDefault("sphinx4-en-us")
    String model();

    /** A silence between two words at least this long starts a new segment (a new subtitle cue). */
    @WithDefault("PT0.6S")
    Duration segmentPause();

    /** A segment is closed at the next word once it is this long, even without a pause, so cues stay readable. */
    @WithDefault("PT8S")
    Duration maxSegment();

    /**
     * How many videos are transcribed at once; each holds its own decoder (≈ 300–600 MB of heap). The worker
     * pool {@code transcribe-work} is sized from this.
     */
    @WithDefault("1")
    int concurrency();

    /**
     * Sphinx4's absolute beam: how many search paths are kept per frame. Its stock 20000 ran at 6× real time
     * here; 2000 runs under real time with the same words on the test speech (README, "Speed").
     */
    @WithDefault("2000")
    int beam();

    /** Sphinx4's absolute word beam: how many word ends are kept per frame (stock 200). */
    @WithDefault("40")
    int wordBeam();

    /** A progress line (percent of the audio processed) is logged at most this often. */
    @WithDefault("PT30S")
    Duration progressInterval();
}
