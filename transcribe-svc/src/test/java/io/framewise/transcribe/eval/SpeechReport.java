package io.framewise.transcribe.eval;

import io.framewise.testkit.eval.EvalSpeech;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/** The evaluation's plain-text report: per engine, the tables of {@link SpeechScores}, then every item. */
final class SpeechReport {

    private SpeechReport() {
    }

    static String of(String set, Optional<EvalSpeech.Split> split, List<SpeechScores> engines) {
        StringBuilder out = new StringBuilder();
        out.append("SPEECH EVALUATION (issue 14): set ").append(set)
                .append(split.map(s -> ", " + s.name().toLowerCase(Locale.ROOT) + " split only").orElse(""))
                .append(", ").append(Instant.now()).append('\n')
                .append("machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, load average ")
                .append(loadAverage()).append(" (CPU time below is this process's and its children's: "
                        + "audio decoding and resampling included)\n")
                .append("WER = (substitutions + deletions + insertions) / reference words, pooled over a group's "
                        + "items; wpm = measured words per minute\n");
        for (SpeechScores scores : engines) {
            engine(out, scores);
        }
        return out.toString();
    }

    private static void engine(StringBuilder out, SpeechScores scores) {
        out.append("\n== model ").append(scores.model()).append(": engine ").append(scores.engine()).append('\n');
        scores.recognizerModel().ifPresent(m -> out.append("   model files: ").append(m.name()).append(", ")
                .append(m.version()).append(", sha256 ").append(m.sha256()).append('\n'));
        out.append("   settings: ").append(scores.settings()).append('\n');
        out.append(String.format(Locale.ROOT, "   evaluated %d items, skipped %d%n", scores.results().size(),
                scores.skipped().size()));
        scores.skipped().forEach((id, why) -> out.append("   skipped ").append(id).append(": ").append(why)
                .append('\n'));
        out.append(String.format(Locale.ROOT, "   CPU %.1f s for %.1f s of audio: real-time factor %.3f%n",
                scores.cpuSeconds(), scores.audioSeconds(), scores.realTimeFactor()));
        for (EvalSpeech.Split split : EvalSpeech.Split.values()) {
            Predicate<SpeechScores.Result> in = SpeechScores.synthesized(split);
            if (scores.total(in).items() == 0) {
                continue;
            }
            out.append("\n synthesized speech, ").append(split == EvalSpeech.Split.DEV
                    ? "DEV split (settings may be tuned on it)" : "TEST split (held out, never tuned on)").append('\n');
            out.append(SpeechScores.format(scores.total(in))).append('\n');
            table(out, "per voice", scores.rows(in, r -> r.item().speaker()));
            table(out, "per rate (target words per minute)",
                    scores.rows(in, r -> r.item().wordsPerMinute() + " wpm"));
            table(out, "per noise", scores.rows(in, r -> r.item().noise().label()));
        }
        Predicate<SpeechScores.Result> recorded = SpeechScores.recorded();
        if (scores.total(recorded).items() > 0) {
            out.append("\n recorded human speech (test only, never tuned on)\n");
            out.append(SpeechScores.format(scores.total(recorded))).append('\n');
            table(out, "per speaker", scores.rows(recorded, r -> r.item().speaker()));
        }
        out.append("\n items (id, split, measured wpm, words, errors, WER, CPU s: what was heard)\n");
        for (SpeechScores.Result r : scores.results()) {
            out.append(String.format(Locale.ROOT, "  %-48s %-4s %4.0f %4d %4d %6.1f %% %5.1f s: %s%n",
                    r.item().id(), r.item().split().name().toLowerCase(Locale.ROOT), r.wordsPerMinute(), r.words(),
                    r.errors(), 100 * r.wer(), r.cpuSeconds(), r.hypothesis()));
        }
    }

    private static void table(StringBuilder out, String title, List<SpeechScores.Row> rows) {
        out.append("  ").append(title).append(":\n");
        for (SpeechScores.Row row : rows) {
            out.append("  ").append(SpeechScores.format(row)).append('\n');
        }
    }

    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
