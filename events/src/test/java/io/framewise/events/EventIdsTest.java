package io.framewise.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventIdsTest {

    @Test
    void theSameCauseAndPartGiveTheSameIdAndAnythingElseAnother() {
        UUID cause = UUID.fromString("00000000-0000-4000-8000-000000000001");
        assertThat(EventIds.derive(cause, "capture/1")).isEqualTo(EventIds.derive(cause, "capture/1"))
                .isNotEqualTo(EventIds.derive(cause, "capture/2"))
                .isNotEqualTo(EventIds.derive(UUID.randomUUID(), "capture/1"))
                .isNotEqualTo(cause);
        assertThat(EventIds.derive(cause, "x").version()).isEqualTo(3);
    }

    @Test
    void aStageFailureTakesItsVideoAndAnIdDerivedFromItsCauseAndStage() {
        RenderStart cause = RenderStart.create("video-1", new ObjectRef("b", "k"),
                new Probe(1000, 320, 240, 25, "h264", null, 10, "mp4"), java.util.List.of(Stage.PREVIEW));
        StageFailed failed = StageFailed.causedBy(cause, Stage.PREVIEW, "the file is truncated", false);
        assertThat(failed.videoId()).isEqualTo("video-1");
        assertThat(failed.eventId()).isEqualTo(EventIds.derive(cause.eventId(), "stage.failed/preview"))
                .isEqualTo(StageFailed.causedBy(cause, Stage.PREVIEW, "again", true).eventId())
                .isNotEqualTo(StageFailed.causedBy(cause, Stage.CAPTURES, "x", false).eventId());
    }
}
