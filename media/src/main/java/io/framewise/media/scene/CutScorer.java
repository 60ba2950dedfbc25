package io.framewise.media.scene;

/**
 * FFmpeg's scene score, twice: a frame's change against the previous frame counts only as far as it jumps above
 * the change before it. Steady motion (a pan, rain) changes every frame by about as much as the last, so it
 * scores low; a cut changes one frame a lot after frames that changed little. The change is measured both as
 * the mean colour of a grid of cells (where things are) and as a colour histogram (which colours there are);
 * the higher of the two scores counts.
 *
 * <p>A cut's own change never becomes the "change before": otherwise, where pictures are seconds apart
 * (keyframes), two cuts in a row would hide each other; between frames it makes no difference, as the frame
 * after a cut changes little either way.
 */
final class CutScorer {

    private final Spike layout;
    private final Spike colours;
    private ColourGrid previousGrid;
    private ColourHistogram previousHistogram;

    /** @param threshold the score from which a change is a cut */
    CutScorer(double threshold) {
        this.layout = new Spike(threshold);
        this.colours = new Spike(threshold);
    }

    /** The score of this picture against the one before, 0..1; the first picture scores 0. */
    double score(Picture picture) {
        ColourGrid grid = ColourGrid.of(picture);
        ColourHistogram histogram = ColourHistogram.of(picture);
        double score = 0;
        if (previousGrid != null) {
            score = Math.max(layout.score(grid.differenceTo(previousGrid)),
                    colours.score(histogram.differenceTo(previousHistogram)));
        }
        previousGrid = grid;
        previousHistogram = histogram;
        return score;
    }

    /** One measure's jump above its previous value, as a score 0..1. */
    private static final class Spike {
        private final double threshold;
        private double previous;

        Spike(double threshold) {
            this.threshold = threshold;
        }

        double score(double difference) {
            double score = Math.min(difference, Math.abs(difference - previous)) / 100.0;
            if (score < threshold) {
                previous = difference;
            }
            return Math.max(0, Math.min(1, score));
        }
    }
}
