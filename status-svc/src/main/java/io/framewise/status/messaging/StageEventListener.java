package io.framewise.status.messaging;

import io.framewise.events.CaptureCreated;
import io.framewise.events.PreviewCreated;
import io.framewise.events.RenderStart;
import io.framewise.events.RenditionsCreated;
import io.framewise.events.StageFailed;
import io.framewise.events.StoryboardCreated;
import io.framewise.events.TranscriptCreated;
import io.framewise.events.VideoUploaded;
import io.framewise.kit.messaging.PoisonRecords;
import io.framewise.status.service.VideoStateService;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Every stage topic feeds the video's state. A failure is retried a few times (the database or broker may
 * blip); a record that still fails goes to its topic's dead-letter queue instead of blocking the partition.
 * labels.done, the busiest topic, is consumed in batches by {@link LabelsDoneBatchListener}.
 */
@ApplicationScoped
public class StageEventListener {

    private final VideoStateService state;

    public StageEventListener(VideoStateService state) {
        this.state = state;
    }

    @Incoming("video-uploaded")
    public Uni<Void> onUploaded(VideoUploaded event) {
        return retried(state.uploaded(PoisonRecords.readable(event, "video.uploaded")));
    }

    @Incoming("render-start")
    public Uni<Void> onRenderStart(RenderStart event) {
        return retried(state.renderStarted(PoisonRecords.readable(event, "render.start")));
    }

    @Incoming("preview-created")
    public Uni<Void> onPreviewCreated(PreviewCreated event) {
        return retried(state.previewCreated(PoisonRecords.readable(event, "preview.created")));
    }

    @Incoming("capture-created")
    public Uni<Void> onCaptureCreated(CaptureCreated event) {
        return retried(state.captureCreated(PoisonRecords.readable(event, "capture.created")));
    }

    @Incoming("storyboard-created")
    public Uni<Void> onStoryboardCreated(StoryboardCreated event) {
        return retried(state.storyboardCreated(PoisonRecords.readable(event, "storyboard.created")));
    }

    @Incoming("renditions-created")
    public Uni<Void> onRenditionsCreated(RenditionsCreated event) {
        return retried(state.renditionsCreated(PoisonRecords.readable(event, "renditions.created")));
    }

    @Incoming("transcript-created")
    public Uni<Void> onTranscriptCreated(TranscriptCreated event) {
        return retried(state.transcriptCreated(PoisonRecords.readable(event, "transcript.created")));
    }

    @Incoming("stage-failed")
    public Uni<Void> onStageFailed(StageFailed event) {
        return retried(state.stageFailed(PoisonRecords.readable(event, "stage.failed")));
    }

    /** The retry every consumer of this service applies (labels.done's batches too: {@link LabelsDoneBatchListener}). */
    static Uni<Void> retried(Uni<Void> work) {
        return work.onFailure().retry().withBackOff(Duration.ofMillis(200), Duration.ofSeconds(2)).atMost(4);
    }
}
