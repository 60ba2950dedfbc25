package io.framewise.media.scene;

import java.util.Arrays;

/**
 * Whether a change between two consecutive pictures is a hard cut: it must reach the threshold, and stand out from
 * the changes just before it, by {@code spread} times their usual variation above their median. Steady motion (a
 * hand-held camera, a crowd, a pan) changes every picture by about as much as the last, so its level is what a cut
 * must rise above; a still scene needs only the threshold. Cuts never become part of that history, so two cuts in
 * a row do not hide each other.
 */
final class CutRule {

    /** About a second of pictures. */
    private static final int HISTORY = 25;
    /** Below this variation (on 0..1) the history is as good as still: the threshold alone decides. */
    private static final double QUIET = 0.005;

    private final double threshold;
    private final double spread;
    private final double[] recent = new double[HISTORY];
    private int count;
    private int next;

    CutRule(double threshold, double spread) {
        this.threshold = threshold;
        this.spread = spread;
    }

    /** Judges the change {@code difference} (0..1) from the previous picture; remembers it unless it is a cut. */
    boolean isCut(double difference) {
        boolean cut = difference >= bar();
        if (!cut) {
            recent[next] = difference;
            next = (next + 1) % HISTORY;
            count = Math.min(HISTORY, count + 1);
        }
        return cut;
    }

    /** The change from which a picture is a cut now. */
    double bar() {
        if (count < 3) {
            return threshold;
        }
        double[] sorted = Arrays.copyOf(recent, count);
        Arrays.sort(sorted);
        double median = sorted[count / 2];
        for (int i = 0; i < count; i++) {
            sorted[i] = Math.abs(sorted[i] - median);
        }
        Arrays.sort(sorted);
        double variation = Math.max(QUIET, sorted[count / 2]);
        return Math.max(threshold, median + spread * variation);
    }
}
