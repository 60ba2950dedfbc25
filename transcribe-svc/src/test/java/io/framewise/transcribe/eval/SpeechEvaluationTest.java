package io.framewise.transcribe.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.framewise.testkit.eval.EvalSpeech;
import io.framewise.testkit.eval.EvalSpeechItem;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@link SpeechEvaluation} running: the {@code ci} set through the default engine, and the report checked
 * for being whole and consistent (every item evaluated or skipped with a reason, counts adding up, rates in
 * range). It does not bound the WER: the figures are the evaluation's to report (README), not a test's to pin.
 */
class SpeechEvaluationTest {

    @Test
    void theCiSetIsEvaluatedWholeAndTheReportAddsUp() throws Exception {
        List<EvalSpeechItem> items = EvalSpeech.items("ci");
        SpeechScores scores = SpeechEvaluation.run("ci", List.of("vosk-en-us"), Optional.empty(), ".*").getFirst();
        String report = SpeechReport.of("ci", Optional.empty(), List.of(scores));

        Set<String> evaluated = scores.results().stream().map(r -> r.item().id()).collect(Collectors.toSet());
        assertThat(scores.skipped().keySet()).noneMatch(evaluated::contains);
        assertThat(Stream.concat(evaluated.stream(), scores.skipped().keySet().stream()))
                .containsExactlyInAnyOrderElementsOf(items.stream().map(EvalSpeechItem::id).toList());
        assertThat(scores.skipped().values()).allSatisfy(reason -> assertThat(reason).isNotBlank());
        assertThat(scores.results()).as("the vosk model ships in the build: nothing to skip for the engine")
                .isNotEmpty();

        for (SpeechScores.Result result : scores.results()) {
            assertThat(result.words()).isPositive();
            assertThat(result.errors()).isBetween(0, result.words() + result.hypothesis().split(" ").length);
            assertThat(result.audioMs()).isPositive();
            assertThat(result.cpuSeconds()).isPositive();
            assertThat(report).contains(result.item().id());
        }
        SpeechScores.Row all = scores.total(r -> true);
        int perSplitAndRecorded = Stream.of(SpeechScores.synthesized(EvalSpeech.Split.DEV),
                        SpeechScores.synthesized(EvalSpeech.Split.TEST), SpeechScores.recorded())
                .mapToInt(filter -> scores.total(filter).words()).sum();
        assertThat(perSplitAndRecorded).isEqualTo(all.words());
        int perVoice = scores.rows(SpeechScores.synthesized(EvalSpeech.Split.DEV), r -> r.item().speaker()).stream()
                .mapToInt(SpeechScores.Row::errors).sum();
        assertThat(perVoice).isEqualTo(scores.total(SpeechScores.synthesized(EvalSpeech.Split.DEV)).errors());
        assertThat(all.wer()).isBetween(0.0, 1.0);
        assertThat(scores.realTimeFactor()).isBetween(0.0, 5.0).isPositive();
        assertThat(report).contains("DEV split", "TEST split", "recorded human speech", "real-time factor",
                scores.recognizerModel().orElseThrow().sha256());
    }
}
