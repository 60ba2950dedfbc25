package io.framewise.gif.messaging;

import io.framewise.events.PreviewCreated;
import io.framewise.events.RenderStart;
import io.framewise.events.Stage;
import io.framewise.events.StageFailed;
import io.framewise.events.Topics;
import io.framewise.gif.service.PreviewService;
import io.framewise.kit.messaging.KeyedMessages;
import io.framewise.kit.work.Scratch;
import io.framewise.kit.work.StageRunner;
import io.framewise.kit.work.StageWorker;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * render.start → preview.created (or stage.failed), acknowledged only once the broker has the outcome. Retries
 * (render.reprocess) take service-kit's {@code ReprocessLane} into the same work.
 */
@ApplicationScoped
public class RenderStartListener extends StageWorker {

    private final PreviewService previews;
    private final MutinyEmitter<PreviewCreated> previewCreated;

    public RenderStartListener(PreviewService previews, StageRunner runner,
                               @Channel("preview-created") MutinyEmitter<PreviewCreated> previewCreated,
                               @Channel("stage-failed") MutinyEmitter<StageFailed> stageFailed) {
        super(runner, stageFailed, "making the preview", Stage.PREVIEW);
        this.previews = previews;
        this.previewCreated = previewCreated;
    }

    @Incoming("render-start")
    @Blocking(value = "media-work", ordered = false)
    public void onRenderStart(RenderStart start) {
        work(start, Topics.RENDER_START);
    }

    @Override
    protected void make(RenderStart start, Set<Stage> planned, Scratch scratch, Sent sent) throws Exception {
        previewCreated.sendMessageAndAwait(KeyedMessages.of(previews.render(start, scratch)));
    }
}
