package io.framewise.media.scene;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;

/**
 * Finds the end of a cross-fade or a fade through black, which no two consecutive pictures show (each changes a
 * little): the picture now differs from the one {@link #WINDOW_MS} ago as much as across a cut, and the picture
 * halfway between is a blend of the two (a cross-fade) or darker than both (a fade through black). A pan or a zoom
 * also changes the picture that much over a second, but its middle picture is moved, not blended.
 */
final class GradualTransitions {

    /** The longest transition found whole; a longer one is found while it is still under way. */
    static final long WINDOW_MS = 1600;
    /**
     * A middle picture at most this far from a blend of the ends (relative to their difference) is a blend. Tuned
     * on the shot evaluation's dev videos: cross-fades and fades measured 0.00-0.09, hand-held shake, a pan, a zoom
     * and real camera footage 0.21 and more.
     */
    private static final double BLEND = 0.15;
    /**
     * A window starts this long after a cut at the earliest: a hard cut found at the start of a short fade leaves
     * the rest of the fade to settle, which must not count as a second transition.
     */
    private static final long SETTLE_MS = 500;
    /** A middle picture darker than this share of both ends is the black of a fade. */
    private static final double DARK = 0.5;

    private record Seen(long timeMs, Signature signature) {
    }

    private final double threshold;
    private final Deque<Seen> seen = new ArrayDeque<>();

    GradualTransitions(double threshold) {
        this.threshold = threshold;
    }

    /**
     * How far the picture is from the one a window ago if a transition that began after the shot's start (and its
     * settling) ends with it, else 0; the picture is remembered either way.
     */
    double endsAt(long timeMs, Signature picture, long shotStartMs) {
        Seen before = null;
        Seen middle = null;
        for (Seen earlier : seen) {
            if (earlier.timeMs() <= timeMs - WINDOW_MS) {
                before = earlier;
            } else if (middle == null || Math.abs(earlier.timeMs() - (timeMs - WINDOW_MS / 2))
                    < Math.abs(middle.timeMs() - (timeMs - WINDOW_MS / 2))) {
                middle = earlier;
            }
        }
        remember(timeMs, picture);
        if (before == null || middle == null || before.timeMs() < shotStartMs + SETTLE_MS) {
            return 0;
        }
        Signature a = before.signature();
        Signature m = middle.signature();
        double difference = a.differenceTo(picture);
        boolean transition = difference >= threshold && (Signature.blendResidual(a, m, picture) <= BLEND
                || m.meanLuma() <= DARK * Math.min(a.meanLuma(), picture.meanLuma()));
        return transition ? difference : 0;
    }

    private void remember(long timeMs, Signature picture) {
        seen.addLast(new Seen(timeMs, picture));
        // Keep one picture at least a window old, for the next comparison.
        while (seen.size() > 2) {
            Iterator<Seen> oldest = seen.iterator();
            oldest.next();
            if (oldest.next().timeMs() > timeMs - WINDOW_MS) {
                break;
            }
            seen.removeFirst();
        }
    }
}
