package io.framewise.capture.eval;

import io.framewise.testkit.eval.ShotSetVideo.Kind;
import io.framewise.testkit.eval.ShotSetVideo.Split;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The shot evaluation's figures, as plain text: one line per video, then per split (dev, test, both) hard-cut
 * recall overall, per kind of video and per kind of scan; false cuts per minute where the picture moves but no
 * cut happens; transitions captured once; CPU per minute of video.
 */
record ShotReport(String set, String options, List<ShotScore> scores, String machine) {

    /** Kinds whose extra captures are false cuts caused by motion. */
    static final Set<Kind> MOTION = EnumSet.of(Kind.PAN_ZOOM, Kind.HAND_HELD, Kind.CAMERA);

    ShotReport {
        scores = List.copyOf(scores);
    }

    String text() {
        StringBuilder out = new StringBuilder();
        out.append("Shot evaluation (set ").append(set).append(", ").append(scores.size()).append(" videos)\n");
        out.append("options: ").append(options).append('\n');
        out.append("machine: ").append(machine).append("\n\n");
        out.append(String.format("%-34s %-5s %-17s %-9s %5s %7s %5s %7s %6s %8s  %s%n", "video", "split", "kind",
                "scan", "shots", "cuts", "extra", "blended", "cpu ms", "ms/min", "captures (s)"));
        for (ShotScore score : scores) {
            out.append(String.format(Locale.ROOT, "%-34s %-5s %-17s %-9s %5d %3d/%-3d %5d %7d %6d %8.0f  %s%n",
                    score.video().name(), score.video().split(), score.video().kind(), score.scanMode(),
                    score.video().shots().size(), score.cutsCaptured(), score.cuts(), score.extraCaptures(),
                    score.blendedCaptures(), score.cpuMs(), score.cpuMs() / score.minutes(),
                    score.capturesMs().stream().map(t -> String.format(Locale.ROOT, "%.2f", t / 1000.0))
                            .collect(Collectors.joining(" "))));
        }
        for (Split split : Split.values()) {
            summary(out, split.name().toLowerCase(Locale.ROOT), s -> s.video().split() == split);
        }
        summary(out, "dev + test", s -> true);
        return out.toString();
    }

    private void summary(StringBuilder out, String title, Predicate<ShotScore> part) {
        List<ShotScore> chosen = scores.stream().filter(part).toList();
        if (chosen.isEmpty()) {
            return;
        }
        out.append("\n== ").append(title).append(" ==\n");
        out.append(recall("hard cuts captured, all", chosen));
        for (Kind kind : Kind.values()) {
            List<ShotScore> ofKind = chosen.stream().filter(s -> s.video().kind() == kind).toList();
            if (ofKind.stream().mapToInt(ShotScore::cuts).sum() > 0) {
                out.append(recall("  " + kind.name().toLowerCase(Locale.ROOT), ofKind));
            }
        }
        for (String mode : List.of("keyframes", "frames")) {
            List<ShotScore> scanned = chosen.stream().filter(s -> s.scanMode().equals(mode)).toList();
            if (!scanned.isEmpty()) {
                out.append(recall("  " + mode + " scan", scanned));
            }
        }
        for (Kind kind : MOTION) {
            List<ShotScore> moving = chosen.stream().filter(s -> s.video().kind() == kind).toList();
            if (!moving.isEmpty()) {
                out.append(String.format(Locale.ROOT, "false cuts per minute, %-9s %6.2f  (%d in %.1f min)%n",
                        kind.name().toLowerCase(Locale.ROOT), extras(moving) / minutes(moving), extras(moving),
                        minutes(moving)));
            }
        }
        out.append(String.format(Locale.ROOT, "false cuts per minute, every video %6.2f  (%d in %.1f min)%n",
                extras(chosen) / minutes(chosen), extras(chosen), minutes(chosen)));
        int onceShots = chosen.stream().mapToInt(ShotScore::transitionShotCount).sum();
        if (onceShots > 0) {
            int once = chosen.stream().mapToInt(ShotScore::transitionShotsCapturedOnce).sum();
            out.append(String.format(Locale.ROOT, "shots after a transition captured exactly once %d/%d = %.3f%n",
                    once, onceShots, (double) once / onceShots));
        }
        out.append(String.format(Locale.ROOT, "captures inside a transition (blended) %d%n",
                chosen.stream().mapToInt(ShotScore::blendedCaptures).sum()));
        long cpu = chosen.stream().mapToLong(ShotScore::cpuMs).sum();
        out.append(String.format(Locale.ROOT, "scan CPU %d ms for %.1f min of video = %.0f ms per minute%n", cpu,
                minutes(chosen), cpu / minutes(chosen)));
    }

    static String recall(String label, List<ShotScore> scores) {
        int cuts = scores.stream().mapToInt(ShotScore::cuts).sum();
        int caught = scores.stream().mapToInt(ShotScore::cutsCaptured).sum();
        return String.format(Locale.ROOT, "%-40s %3d/%-3d = %.3f%n", label, caught, cuts,
                cuts == 0 ? 1.0 : (double) caught / cuts);
    }

    private static int extras(List<ShotScore> scores) {
        return scores.stream().mapToInt(ShotScore::extraCaptures).sum();
    }

    private static double minutes(List<ShotScore> scores) {
        return scores.stream().mapToDouble(ShotScore::minutes).sum();
    }

    /** Every video's line, for checks. */
    List<String> videoNames() {
        return new ArrayList<>(scores.stream().map(s -> s.video().name()).toList());
    }
}
