package io.framewise.session.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.framewise.events.Probe;
import io.framewise.events.Stage;
import java.util.List;
import org.junit.jupiter.api.Test;

class StagePlanTest {

    private static final List<Stage> ALL = List.of(Stage.PREVIEW, Stage.CAPTURES, Stage.LABELS, Stage.STORYBOARD,
            Stage.TRANSCODE, Stage.TRANSCRIBE);

    @Test
    void aVideoWithAudioPassesEveryConfiguredStage() {
        assertThat(plan(ALL).stagesFor(probe("aac"))).containsExactlyElementsOf(ALL);
    }

    @Test
    void aSilentVideoIsNotSentToTranscription() {
        assertThat(plan(ALL).stagesFor(probe(null))).containsExactly(Stage.PREVIEW, Stage.CAPTURES, Stage.LABELS,
                Stage.STORYBOARD, Stage.TRANSCODE);
    }

    @Test
    void theSessionStageItselfAndRepeatsAreNeverExpected() {
        assertThat(plan(List.of(Stage.SESSION, Stage.PREVIEW, Stage.PREVIEW)).stagesFor(probe("aac")))
                .containsExactly(Stage.PREVIEW);
    }

    private static Probe probe(String audioCodec) {
        return new Probe(10_000, 640, 360, 25, "h264", audioCodec, 1_000, "mp4");
    }

    private static StagePlan plan(List<Stage> stages) {
        return new StagePlan(new TestSessionConfig(stages));
    }
}
