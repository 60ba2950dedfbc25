package io.framewise.testkit.eval;

import java.nio.file.Path;
import java.util.List;

/**
 * One video of the shot evaluation set with its ground truth: the shots a person sees, in order.
 *
 * @param name       e.g. {@code test-cuts-720-gop2s}
 * @param kind       what the video tests, for per-kind figures
 * @param split      dev (thresholds may be tuned on it) or test (held out; figures are reported on it)
 * @param file       the video on this machine
 * @param durationMs its length
 * @param shots      its shots; a shot after the first starts with the transition it names
 * @param encoding   how it was encoded (encoder, keyframe rule), for the report
 */
public record ShotSetVideo(String name, Kind kind, Split split, Path file, long durationMs, List<TrueShot> shots,
                           String encoding) {

    public ShotSetVideo {
        shots = List.copyOf(shots);
    }

    /** Which part of the set a video belongs to. */
    public enum Split { DEV, TEST }

    /** What a video tests. */
    public enum Kind {
        /** Photos of mixed aspect, letterboxed or pillarboxed into 16:9, joined by hard cuts. */
        LETTERBOXED_CUTS,
        /** Hard cuts, x264's defaults: a keyframe at most every 250 frames, more where x264 sees a cut. */
        LONG_GOP,
        /** Hard cuts, a keyframe every 2 s whatever the picture (cameras): keyframes are not at the cuts. */
        FIXED_GOP,
        /** Hard cuts, a keyframe every half second, not at the cuts. */
        SHORT_GOP,
        /**
         * A short shot cut into a longer one (A, B, A) between two keyframes 2 s apart, which both show A: only the
         * pictures between them show B.
         */
        INTERCUT,
        /** Hard cuts between photos of similar colours. */
        SIMILAR_COLOURS,
        /** Slow pans and zooms inside shots. */
        PAN_ZOOM,
        /** A photo shaken as a hand-held camera shakes. */
        HAND_HELD,
        /** Real camera footage as a Debian package ships it. */
        CAMERA,
        /** A real film excerpt as a Debian package ships it, with its own cuts. */
        FILM,
        /** Cross-fades between shots. */
        CROSSFADE,
        /** Fades through black between shots. */
        FADE_BLACK
    }

    /** How a shot begins. */
    public enum Transition { START, CUT, CROSSFADE, FADE_BLACK }

    /**
     * A shot: it spans {@code [startMs, endMs)} (a transition is split at its middle between the shots it joins), and
     * shows only itself in {@code [cleanStartMs, cleanEndMs)}.
     */
    public record TrueShot(long startMs, long endMs, long cleanStartMs, long cleanEndMs, Transition transition) {

        public boolean spans(long timeMs) {
            return timeMs >= startMs && timeMs < endMs;
        }

        /** Whether {@code timeMs} (within the shot) shows a blend with a neighbour. */
        public boolean blendedAt(long timeMs) {
            return timeMs < cleanStartMs || timeMs >= cleanEndMs;
        }
    }

    public long cuts() {
        return shots.stream().filter(s -> s.transition() == Transition.CUT).count();
    }
}
