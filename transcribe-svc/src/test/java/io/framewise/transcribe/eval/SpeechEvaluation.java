package io.framewise.transcribe.eval;

import io.framewise.media.UnusableMediaException;
import io.framewise.media.audio.AudioExtractor;
import io.framewise.media.audio.PcmStream;
import io.framewise.testkit.WordErrorRate;
import io.framewise.testkit.eval.EvalSpeech;
import io.framewise.testkit.eval.EvalSpeechClips;
import io.framewise.testkit.eval.EvalSpeechItem;
import io.framewise.transcribe.TranscribeConfigs;
import io.framewise.transcribe.config.RecognizerProducer;
import io.framewise.transcribe.config.TranscribeConfig;
import io.framewise.transcribe.service.SpeechRecognizer;
import io.framewise.transcribe.sphinx.PocketsphinxRecognizer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The speech part of {@code ./framewise eval} (issue 14): every item of the speech evaluation set
 * ({@link EvalSpeech}) goes through the service's own audio path ({@link AudioExtractor} on the item's MP4, as a
 * video's sound would) into the recogniser, and the report gives word error rates per split, voice, rate, noise
 * and on recorded speech, and the CPU real-time factor. It asserts nothing.
 *
 * <p>System properties: {@code eval.set} ({@code ci} or {@code full}, default {@code full});
 * {@code speech.models} (comma-separated {@code framewise.transcribe.model} values, default the service's
 * default); {@code speech.split} ({@code dev} or {@code test}: only that split's synthesized items, for tuning
 * runs); {@code speech.items} (a regular expression: only items whose id matches); and any
 * {@code framewise.transcribe.*} setting, e.g. pocketsphinx's arguments.
 */
public final class SpeechEvaluation {

    private SpeechEvaluation() {
    }

    public static void main(String[] args) throws IOException {
        String set = System.getProperty("eval.set", "full");
        Optional<EvalSpeech.Split> split = Optional.ofNullable(System.getProperty("speech.split"))
                .filter(s -> !s.isBlank()).map(s -> EvalSpeech.Split.valueOf(s.toUpperCase()));
        String defaultModel = TranscribeConfigs.of(Map.of()).model();
        List<String> models = List.of(System.getProperty("speech.models", defaultModel).split(","));
        String only = System.getProperty("speech.items", ".*");
        List<SpeechScores> scores = run(set, models, split, only);
        String report = SpeechReport.of(set, split, scores);
        System.out.print(report);
        Path target = Path.of("target", "eval", "speech.txt");
        Files.createDirectories(target.getParent());
        Files.writeString(target, report, StandardCharsets.UTF_8);
    }

    /** Every item of the set (or of one split) through each model. */
    static List<SpeechScores> run(String set, List<String> models, Optional<EvalSpeech.Split> split, String only)
            throws IOException {
        List<EvalSpeechItem> items = EvalSpeech.items(set).stream()
                .filter(i -> split.isEmpty() || (!i.recorded() && i.split() == split.get()))
                .filter(i -> i.id().matches(only)).toList();
        List<SpeechScores> all = new ArrayList<>();
        for (String model : models) {
            all.add(evaluate(model.trim(), items));
        }
        return all;
    }

    private static SpeechScores evaluate(String model, List<EvalSpeechItem> items) throws IOException {
        TranscribeConfig config = TranscribeConfigs.of(Map.of("framewise.transcribe.model", model));
        SpeechRecognizer recognizer = RecognizerProducer.create(config);
        Optional<String> missing = recognizer instanceof PocketsphinxRecognizer p && !p.installed()
                ? Optional.of("pocketsphinx is not installed (apt-get install pocketsphinx pocketsphinx-en-us)")
                : Optional.empty();
        SpeechScores scores = new SpeechScores(model, missing.isEmpty() ? recognizer.engine() : model,
                missing.isEmpty() ? Optional.of(recognizer.model()) : Optional.empty(), settings(model, config));
        for (EvalSpeechItem item : items) {
            Optional<String> unavailable = missing.or(item::unavailable);
            if (unavailable.isPresent()) {
                scores.skip(item, unavailable.get());
                continue;
            }
            scores.add(transcribe(recognizer, item, item.clip()));
        }
        return scores;
    }

    private static SpeechScores.Result transcribe(SpeechRecognizer recognizer, EvalSpeechItem item,
                                                  EvalSpeechClips.Clip clip) throws IOException {
        List<String> heard = new ArrayList<>();
        double cpuBefore = CpuClock.seconds();
        long audioMs;
        try (PcmStream pcm = AudioExtractor.open(clip.video()).orElseThrow(
                () -> new IOException(clip.video() + " has no sound"))) {
            recognizer.recognize(pcm, word -> heard.add(word.word()));
            audioMs = pcm.positionMs();
        } catch (UnusableMediaException e) {
            throw new IOException(item.id() + ": " + e.getMessage(), e);
        }
        double cpu = CpuClock.seconds() - cpuBefore;
        String hypothesis = String.join(" ", heard);
        List<String> reference = WordErrorRate.words(item.reference());
        int errors = WordErrorRate.distance(reference, WordErrorRate.words(hypothesis));
        return new SpeechScores.Result(item, clip.wordsPerMinute(), audioMs, reference.size(), errors, cpu,
                hypothesis);
    }

    /** The settings that matter for a model, as the report states them. */
    private static String settings(String model, TranscribeConfig config) {
        return switch (model) {
            case "pocketsphinx-en-us" -> "arguments: " + config.pocketsphinx().arguments().orElse("(none)");
            case "sphinx4-en-us" -> "beam " + config.sphinx4().beam() + ", word beam " + config.sphinx4().wordBeam();
            default -> "model defaults";
        };
    }
}
