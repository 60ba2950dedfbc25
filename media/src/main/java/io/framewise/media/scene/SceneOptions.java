package io.framewise.media.scene;

import io.framewise.media.frames.FrameSize;

/**
 * How shots are found and captured.
 *
 * @param threshold      scene score (0..1, FFmpeg's scale) from which a change of picture counts as a cut
 * @param minShotMs      cuts closer than this to the previous one are ignored (flashes, flicker)
 * @param maxCaptures    at most this many captures per video; on long videos the minimum spacing grows so
 *                       that the captures still spread over the whole video
 * @param captureDelayMs a shot's capture is taken this long after its cut, past any transition
 * @param box            captures are scaled down to fit inside this box
 * @param keyframeScanMaxGapMs a video whose keyframes (from its container's index) are never further apart than
 *                       this is scanned keyframe by keyframe, not frame by frame: a shot shorter than the gap can
 *                       be missed, at a fraction of the decoding; 0 scans every frame of every video
 */
public record SceneOptions(double threshold, long minShotMs, int maxCaptures, long captureDelayMs, FrameSize box,
                           long keyframeScanMaxGapMs) {

    public SceneOptions {
        if (threshold <= 0 || threshold >= 1) {
            throw new IllegalArgumentException("threshold must be within (0, 1), was " + threshold);
        }
        if (maxCaptures < 1) {
            throw new IllegalArgumentException("maxCaptures must be at least 1, was " + maxCaptures);
        }
        if (minShotMs < 0 || captureDelayMs < 0 || keyframeScanMaxGapMs < 0) {
            throw new IllegalArgumentException("minShotMs, captureDelayMs and keyframeScanMaxGapMs must not be negative");
        }
    }

    /** Spacing between two captured cuts for a video of this length: never closer than {@code minShotMs}. */
    public long spacingFor(long durationMs) {
        return Math.max(minShotMs, durationMs / maxCaptures);
    }
}
