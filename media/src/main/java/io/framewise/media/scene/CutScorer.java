package io.framewise.media.scene;

/**
 * FFmpeg's scene score, on our grid: a frame's difference to the previous one counts only as far as it
 * jumps above the difference before it. Steady motion (a pan, rain) changes every frame by about as much as
 * the last, so it scores low; a cut changes one frame a lot after frames that changed little.
 */
final class CutScorer {

    private ColourGrid previous;
    private double previousDifference;

    /** The score of this frame against the one before, 0..1; the first frame scores 0. */
    double score(ColourGrid current) {
        if (previous == null) {
            previous = current;
            return 0;
        }
        double difference = current.differenceTo(previous);
        double score = Math.min(difference, Math.abs(difference - previousDifference)) / 100.0;
        previous = current;
        previousDifference = difference;
        return Math.max(0, Math.min(1, score));
    }
}
