package io.framewise.transcribe.eval;

import io.framewise.testkit.eval.EvalSpeech;
import io.framewise.testkit.eval.EvalSpeechItem;
import io.framewise.events.ModelRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One engine's results over the evaluation set, and the report's tables: word error rate pooled over the items
 * of a group (all their errors over all their reference words, so long passages weigh more than short ones), per
 * split, per voice, per rate, per noise, and on recorded speech; and the CPU real-time factor.
 */
final class SpeechScores {

    /** One item's outcome. */
    record Result(EvalSpeechItem item, double wordsPerMinute, long audioMs, int words, int errors,
                  double cpuSeconds, String hypothesis) {

        double wer() {
            return words == 0 ? 0 : (double) errors / words;
        }
    }

    /** A row of a table: a group's name, its items, words, errors and the pooled WER. */
    record Row(String name, int items, int words, int errors, double meanWordsPerMinute) {

        double wer() {
            return words == 0 ? 0 : (double) errors / words;
        }
    }

    private final String model;
    private final String engine;
    private final Optional<ModelRef> recognizerModel;
    private final String settings;
    private final List<Result> results = new ArrayList<>();
    private final Map<String, String> skipped = new LinkedHashMap<>();

    SpeechScores(String model, String engine, Optional<ModelRef> recognizerModel, String settings) {
        this.model = model;
        this.engine = engine;
        this.recognizerModel = recognizerModel;
        this.settings = settings;
    }

    /** The {@code framewise.transcribe.model} value evaluated. */
    String model() {
        return model;
    }

    Optional<ModelRef> recognizerModel() {
        return recognizerModel;
    }

    String settings() {
        return settings;
    }

    void add(Result result) {
        results.add(result);
    }

    void skip(EvalSpeechItem item, String reason) {
        skipped.put(item.id(), reason);
    }

    String engine() {
        return engine;
    }

    List<Result> results() {
        return List.copyOf(results);
    }

    Map<String, String> skipped() {
        return java.util.Collections.unmodifiableMap(skipped);
    }

    /** Rows grouped by a key over the results that pass a filter, in first-seen order. */
    List<Row> rows(Predicate<Result> filter, Function<Result, String> key) {
        Map<String, List<Result>> groups = new LinkedHashMap<>();
        for (Result result : results) {
            if (filter.test(result)) {
                groups.computeIfAbsent(key.apply(result), k -> new ArrayList<>()).add(result);
            }
        }
        List<Row> rows = new ArrayList<>();
        groups.forEach((name, group) -> rows.add(row(name, group)));
        return rows;
    }

    Row total(Predicate<Result> filter) {
        return row("all", results.stream().filter(filter).toList());
    }

    double audioSeconds() {
        return results.stream().mapToLong(Result::audioMs).sum() / 1000.0;
    }

    double cpuSeconds() {
        return results.stream().mapToDouble(Result::cpuSeconds).sum();
    }

    /** CPU seconds per second of audio. */
    double realTimeFactor() {
        return audioSeconds() == 0 ? 0 : cpuSeconds() / audioSeconds();
    }

    static Predicate<Result> synthesized(EvalSpeech.Split split) {
        return r -> !r.item().recorded() && r.item().split() == split;
    }

    static Predicate<Result> recorded() {
        return r -> r.item().recorded();
    }

    private static Row row(String name, List<Result> group) {
        int words = group.stream().mapToInt(Result::words).sum();
        int errors = group.stream().mapToInt(Result::errors).sum();
        double rate = group.stream().mapToDouble(Result::wordsPerMinute).average().orElse(0);
        return new Row(name, group.size(), words, errors, rate);
    }

    static String format(Row row) {
        return String.format(Locale.ROOT, "  %-44s %3d items %5d words %5d errors  WER %6.1f %%  (%3.0f wpm)",
                row.name(), row.items(), row.words(), row.errors(), 100 * row.wer(), row.meanWordsPerMinute());
    }
}
