package io.framewise.gif.messaging;

import io.framewise.events.PreviewCreated;
import io.framewise.events.RenderStart;
import io.framewise.events.Stage;
import io.framewise.events.StageFailed;
import io.framewise.gif.service.PreviewService;
import io.framewise.kit.messaging.KeyedMessages;
import io.framewise.kit.messaging.PoisonRecords;
import io.framewise.kit.work.StageRunner;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** render.start → preview.created (or stage.failed), acknowledged only once the broker has the outcome. */
@ApplicationScoped
public class RenderStartListener {

    private final PreviewService previews;
    private final StageRunner runner;
    private final MutinyEmitter<PreviewCreated> previewCreated;
    private final MutinyEmitter<StageFailed> stageFailed;

    public RenderStartListener(PreviewService previews, StageRunner runner,
                               @Channel("preview-created") MutinyEmitter<PreviewCreated> previewCreated,
                               @Channel("stage-failed") MutinyEmitter<StageFailed> stageFailed) {
        this.previews = previews;
        this.runner = runner;
        this.previewCreated = previewCreated;
        this.stageFailed = stageFailed;
    }

    @Incoming("render-start")
    @Blocking(value = "media-work", ordered = false)
    public void onRenderStart(RenderStart start) {
        PoisonRecords.readable(start, "render.start");
        if (!start.stages().contains(Stage.PREVIEW)) {
            return;
        }
        runner.run(start.videoId(), Stage.PREVIEW, "making the preview",
                scratch -> previewCreated.sendMessageAndAwait(KeyedMessages.of(previews.render(start, scratch))),
                (reason, retriable) -> stageFailed.sendMessageAndAwait(
                        KeyedMessages.of(StageFailed.causedBy(start, Stage.PREVIEW, reason, retriable))));
    }
}
