package io.framewise.media.scene;

/**
 * The shots found so far and their captures: told of every picture scanned and of every cut, it asks the
 * {@link CaptureTaker} for one picture per shot, {@code capture-delay} after a hard cut, {@link
 * GradualTransitions#WINDOW_MS} after the end of a transition is seen (past the blend), else (a shot too short
 * for that) its first clean picture. Cuts closer than {@code min-shot} to the last are ignored, and the count is
 * budgeted over the video's length so that a long video's captures spread over all of it, while a short video
 * keeps every shot.
 */
final class ShotTracker {

    private final SceneOptions options;
    private final long durationMs;
    private final CaptureTaker taker;
    private Shot shot;

    ShotTracker(SceneOptions options, long durationMs, CaptureTaker taker) {
        this.options = options;
        this.durationMs = durationMs;
        this.taker = taker;
    }

    boolean started() {
        return shot != null;
    }

    long shotStartMs() {
        return shot.startMs;
    }

    boolean full() {
        return taker.requested() >= options.maxCaptures() || taker.failed();
    }

    /** A picture at {@code timeMs} was scanned; {@code capturable} if taking it costs one decode (or frames are all read). */
    void picture(long timeMs, boolean capturable) {
        if (shot == null) {
            shot = new Shot(timeMs, 0, false);
        }
        if (capturable && shot.firstCapturableMs < 0) {
            shot.firstCapturableMs = timeMs;
        }
        long delay = shot.gradual ? Math.max(options.captureDelayMs(), GradualTransitions.WINDOW_MS)
                : options.captureDelayMs();
        if (!shot.captured && capturable && timeMs >= shot.startMs + delay) {
            take(timeMs);
        }
    }

    /**
     * A cut (hard, or the end of a transition) at {@code timeMs}; returns whether it starts a new shot. A transition
     * can be seen before it is over (its first half is already a change as large as a cut), so no cut counts for a
     * window after one: the rest of the same transition is no new shot.
     */
    boolean cut(long timeMs, double score, boolean gradual) {
        long shortest = shot.gradual ? Math.max(options.minShotMs(), GradualTransitions.WINDOW_MS)
                : options.minShotMs();
        if (timeMs - shot.startMs < shortest || taker.requested() >= budgetAt(timeMs)) {
            return false;
        }
        close(timeMs);
        shot = new Shot(timeMs, score, gradual);
        return true;
    }

    /** The scan reached the end at {@code endMs}: the last shot gets its capture if it has none. */
    void finish(long endMs) {
        close(Math.max(endMs, shot.startMs + 1));
    }

    /**
     * Captures allowed by {@code timeMs}: the video's share of {@code max-count} so far plus a quarter of it, so a
     * burst of short shots early on is kept and a long video still has captures left for its end.
     */
    private double budgetAt(long timeMs) {
        double share = durationMs > 0 ? Math.min(1, (double) timeMs / durationMs) : 1;
        return Math.min(options.maxCaptures(), options.maxCaptures() * (share + 0.25));
    }

    private void close(long endMs) {
        if (shot.captured) {
            return;
        }
        if (!shot.gradual && shot.firstCapturableMs >= 0) {
            take(shot.firstCapturableMs);
        } else {
            take(shot.startMs + Math.min(options.captureDelayMs(), (endMs - shot.startMs) / 2));
        }
    }

    private void take(long timeMs) {
        shot.captured = true;
        if (taker.requested() < options.maxCaptures()) {
            taker.take(timeMs, shot.cutScore);
        }
    }

    /** The shot being scanned. */
    private static final class Shot {
        final long startMs;
        final double cutScore;
        final boolean gradual;
        long firstCapturableMs = -1;
        boolean captured;

        Shot(long startMs, double cutScore, boolean gradual) {
            this.startMs = startMs;
            this.cutScore = cutScore;
            this.gradual = gradual;
        }
    }
}
