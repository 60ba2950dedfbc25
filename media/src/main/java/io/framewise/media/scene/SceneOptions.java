package io.framewise.media.scene;

import io.framewise.media.frames.FrameSize;

/**
 * How shots are found and captured.
 *
 * @param threshold       how much a picture must change (0..1: the mean difference of its cells' luma or colour,
 *                        over its content area) to be a cut; the end of a cross-fade or fade must change as much
 * @param thresholdSpread a cut must also stand out from the changes just before it by this many times their
 *                        usual variation (median absolute deviation) above their median: motion raises the bar
 * @param minShotMs       cuts closer than this to the previous one are ignored (flashes, flicker)
 * @param maxCaptures     at most this many captures per video, budgeted over its length so that a long video's
 *                        captures spread over all of it
 * @param captureDelayMs  a shot's capture is taken this long after its cut
 * @param box             captures are scaled down to fit inside this box
 * @param keyframeScanMaxGapMs a video whose keyframes (from its container's index) are never further apart than
 *                        this is scanned keyframe by keyframe, and picture by picture only between keyframes that
 *                        differ; 0 scans every picture of every video
 */
public record SceneOptions(double threshold, double thresholdSpread, long minShotMs, int maxCaptures,
                           long captureDelayMs, FrameSize box, long keyframeScanMaxGapMs) {

    /** The spread a cut must stand out by when none is given. */
    public static final double DEFAULT_SPREAD = 6;

    public SceneOptions {
        if (threshold <= 0 || threshold >= 1) {
            throw new IllegalArgumentException("threshold must be within (0, 1), was " + threshold);
        }
        if (thresholdSpread < 0) {
            throw new IllegalArgumentException("thresholdSpread must not be negative, was " + thresholdSpread);
        }
        if (maxCaptures < 1) {
            throw new IllegalArgumentException("maxCaptures must be at least 1, was " + maxCaptures);
        }
        if (minShotMs < 0 || captureDelayMs < 0 || keyframeScanMaxGapMs < 0) {
            throw new IllegalArgumentException("minShotMs, captureDelayMs and keyframeScanMaxGapMs must not be negative");
        }
    }

    /** Options with the {@link #DEFAULT_SPREAD default spread}. */
    public SceneOptions(double threshold, long minShotMs, int maxCaptures, long captureDelayMs, FrameSize box,
                        long keyframeScanMaxGapMs) {
        this(threshold, DEFAULT_SPREAD, minShotMs, maxCaptures, captureDelayMs, box, keyframeScanMaxGapMs);
    }
}
