package io.framewise.media.scene;

/**
 * Finds the cuts in a run of pictures, in order, and tells the {@link ShotTracker}: a hard cut where a picture
 * differs from the one before it by what {@link CutRule} calls a cut, the end of a cross-fade or a fade where
 * {@link GradualTransitions} sees one.
 */
final class CutFinder {

    private final ShotTracker shots;
    private final CutRule hardCuts;
    private final GradualTransitions transitions;
    private Signature previous;

    CutFinder(SceneOptions options, ShotTracker shots) {
        this.shots = shots;
        this.hardCuts = new CutRule(options.threshold(), options.thresholdSpread());
        this.transitions = new GradualTransitions(options.threshold());
    }

    /**
     * The next picture, at {@code timeMs}; {@code capturable} if a capture of it costs one decode. Returns whether
     * a hard cut starts a new shot with it.
     */
    boolean picture(long timeMs, Signature picture, boolean capturable) {
        boolean hardCut = false;
        if (previous != null) {
            double difference = picture.differenceTo(previous);
            boolean hard = hardCuts.isCut(difference);
            if (hard) {
                hardCut = shots.cut(timeMs, difference, false);
            }
            double transition = transitions.endsAt(timeMs, picture, shots.shotStartMs());
            if (!hard && transition > 0) {
                shots.cut(timeMs, transition, true);
            }
        } else {
            transitions.endsAt(timeMs, picture, timeMs);
        }
        shots.picture(timeMs, capturable);
        previous = picture;
        return hardCut;
    }
}
