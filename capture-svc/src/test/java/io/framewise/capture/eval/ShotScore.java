package io.framewise.capture.eval;

import io.framewise.testkit.eval.ShotSetVideo;
import io.framewise.testkit.eval.ShotSetVideo.Transition;
import io.framewise.testkit.eval.ShotSetVideo.TrueShot;
import java.util.List;

/**
 * How the captures of one video compare with its ground truth. A shot is captured when a capture lies inside it;
 * captures beyond one per shot are false cuts; a capture inside a transition shows two shots blended.
 *
 * @param video         the video and its truth
 * @param capturesMs    when the captures were taken
 * @param scanMode      {@code keyframes} or {@code frames}
 * @param cpuMs         the process's CPU time for the scan (every thread, FFmpeg's included)
 */
record ShotScore(ShotSetVideo video, List<Long> capturesMs, String scanMode, long cpuMs) {

    ShotScore {
        capturesMs = List.copyOf(capturesMs);
    }

    int capturesIn(TrueShot shot) {
        return (int) capturesMs.stream().filter(shot::spans).count();
    }

    /** Hard cuts whose following shot has a capture. */
    int cutsCaptured() {
        return (int) video.shots().stream().filter(s -> s.transition() == Transition.CUT)
                .filter(s -> capturesIn(s) > 0).count();
    }

    int cuts() {
        return (int) video.cuts();
    }

    int shotsCaptured() {
        return (int) video.shots().stream().filter(s -> capturesIn(s) > 0).count();
    }

    /** Shots (after a cross-fade or a fade through black) captured exactly once. */
    int transitionShotsCapturedOnce() {
        return (int) transitionShots().stream().filter(s -> capturesIn(s) == 1).count();
    }

    int transitionShotCount() {
        return transitionShots().size();
    }

    private List<TrueShot> transitionShots() {
        return video.shots().stream()
                .filter(s -> s.transition() == Transition.CROSSFADE || s.transition() == Transition.FADE_BLACK)
                .toList();
    }

    /** Captures beyond the first of each shot: cuts that are not there. */
    int extraCaptures() {
        return video.shots().stream().mapToInt(s -> Math.max(0, capturesIn(s) - 1)).sum();
    }

    /** Captures taken while two shots were blended (inside a cross-fade or a fade). */
    int blendedCaptures() {
        return (int) capturesMs.stream().filter(t -> video.shots().stream()
                .anyMatch(s -> s.spans(t) && s.blendedAt(t))).count();
    }

    /** Captures outside every shot (past the end): counted so that nothing goes missing from the sums. */
    int capturesOutside() {
        return (int) capturesMs.stream().filter(t -> video.shots().stream().noneMatch(s -> s.spans(t))).count();
    }

    double minutes() {
        return video.durationMs() / 60_000.0;
    }
}
