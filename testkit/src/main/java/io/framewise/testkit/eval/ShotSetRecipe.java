package io.framewise.testkit.eval;

import io.framewise.testkit.eval.ShotSetVideo.Transition;
import io.framewise.testkit.eval.ShotSetVideo.TrueShot;
import java.util.ArrayList;
import java.util.List;

/**
 * How one evaluation video is made from photos: its picture size, its segments in order (a photo shown still or
 * moving, and how it is joined to the one before), and how it is encoded. Its ground truth follows from it.
 */
record ShotSetRecipe(String name, ShotSetVideo.Kind kind, ShotSetVideo.Split split, int width, int height,
                     List<Segment> segments, Encoding encoding) {

    static final int FPS = 25;
    static final long FRAME_MS = 1000 / FPS;

    ShotSetRecipe {
        segments = List.copyOf(segments);
        for (Segment segment : segments) {
            if (segment.lengthMs() % FRAME_MS != 0 || segment.transitionMs() % FRAME_MS != 0) {
                throw new IllegalArgumentException(name + ": lengths must be whole frames of " + FRAME_MS + " ms");
            }
        }
    }

    /** How a photo moves within its shot. */
    enum Motion { STILL, PAN, ZOOM, SHAKE }

    /**
     * A photo shown for {@code lengthMs}, joined to the segment before by {@code transition} lasting
     * {@code transitionMs} (0 for a cut; the two segments overlap that long).
     */
    record Segment(String photo, long lengthMs, Motion motion, Transition transition, long transitionMs) {

        static Segment still(String photo, double seconds) {
            return new Segment(photo, millis(seconds), Motion.STILL, Transition.CUT, 0);
        }

        static Segment moving(String photo, double seconds, Motion motion) {
            return new Segment(photo, millis(seconds), motion, Transition.CUT, 0);
        }

        Segment joinedBy(Transition kind, double seconds) {
            return new Segment(photo, lengthMs, motion, kind, millis(seconds));
        }

        private static long millis(double seconds) {
            return Math.round(seconds * 1000);
        }
    }

    /** Where the keyframes go. */
    enum Encoding {
        /** x264's defaults, plus a keyframe forced at every cut. */
        KEYFRAMES_AT_CUTS,
        /** x264's defaults: keyint 250, a keyframe where x264's scene-cut test fires. */
        X264_DEFAULTS,
        /** A keyframe every 2 s (50 frames) and nowhere else, as cameras do. */
        GOP_2S,
        /** A keyframe every 12 frames and nowhere else. */
        GOP_12_FRAMES
    }

    /** When each segment starts in the video: segments joined by a transition overlap by its length. */
    List<Long> startsMs() {
        List<Long> starts = new ArrayList<>();
        long start = 0;
        for (int i = 0; i < segments.size(); i++) {
            if (i > 0) {
                start += segments.get(i - 1).lengthMs() - segments.get(i).transitionMs();
            }
            starts.add(start);
        }
        return starts;
    }

    long durationMs() {
        return startsMs().getLast() + segments.getLast().lengthMs();
    }

    /** The shots a person sees: one per segment, a transition split at its middle. */
    List<TrueShot> truth() {
        List<Long> starts = startsMs();
        List<TrueShot> shots = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            Segment segment = segments.get(i);
            long overlapIn = i == 0 ? 0 : segment.transitionMs();
            long overlapOut = i + 1 < segments.size() ? segments.get(i + 1).transitionMs() : 0;
            long end = starts.get(i) + segment.lengthMs();
            shots.add(new TrueShot(starts.get(i) + overlapIn / 2, end - overlapOut / 2 - overlapOut % 2,
                    starts.get(i) + overlapIn, end - overlapOut, i == 0 ? Transition.START : segment.transition()));
        }
        return List.copyOf(shots);
    }

    /** The cut times (for forcing keyframes there). */
    List<Long> cutsMs() {
        List<Long> starts = startsMs();
        List<Long> cuts = new ArrayList<>();
        for (int i = 1; i < segments.size(); i++) {
            if (segments.get(i).transition() == Transition.CUT) {
                cuts.add(starts.get(i));
            }
        }
        return cuts;
    }
}
