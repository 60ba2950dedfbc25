package io.framewise.transcode.messaging;

import io.framewise.events.RenderStart;
import io.framewise.events.RenditionsCreated;
import io.framewise.events.Stage;
import io.framewise.events.StageFailed;
import io.framewise.events.StoryboardCreated;
import io.framewise.events.Topics;
import io.framewise.kit.messaging.KeyedMessages;
import io.framewise.kit.work.Scratch;
import io.framewise.kit.work.StageRunner;
import io.framewise.kit.work.StageWorker;
import io.framewise.transcode.service.Outcomes;
import io.framewise.transcode.service.TranscodeService;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * render.start → storyboard.created and/or renditions.created (or stage.failed for each listed stage that did not
 * report), acknowledged only once the broker has every outcome. Both stages share one job, so the source is
 * downloaded and decoded once; a failure after the storyboard was announced fails only the renditions. Retries
 * (render.reprocess) take service-kit's {@code ReprocessLane} into the same work.
 */
@ApplicationScoped
public class RenderStartListener extends StageWorker {

    private final TranscodeService transcoder;
    private final MutinyEmitter<RenditionsCreated> renditionsCreated;
    private final MutinyEmitter<StoryboardCreated> storyboardCreated;

    public RenderStartListener(TranscodeService transcoder, StageRunner runner,
                               @Channel("renditions-created") MutinyEmitter<RenditionsCreated> renditionsCreated,
                               @Channel("storyboard-created") MutinyEmitter<StoryboardCreated> storyboardCreated,
                               @Channel("stage-failed") MutinyEmitter<StageFailed> stageFailed) {
        // The job's metrics and trace span go under the longer stage; the storyboard rides along in its decode.
        super(runner, stageFailed, "making the renditions and storyboard", Stage.TRANSCODE, Stage.STORYBOARD);
        this.transcoder = transcoder;
        this.renditionsCreated = renditionsCreated;
        this.storyboardCreated = storyboardCreated;
    }

    @Incoming("render-start")
    @Blocking(value = "media-work", ordered = false)
    public void onRenderStart(RenderStart start) {
        work(start, Topics.RENDER_START);
    }

    @Override
    protected String doing(Set<Stage> planned) {
        if (planned.size() == 2) {
            return "making the renditions and storyboard";
        }
        return planned.contains(Stage.TRANSCODE) ? "making the renditions" : "making the storyboard";
    }

    @Override
    protected void make(RenderStart start, Set<Stage> planned, Scratch scratch, Sent sent) throws Exception {
        transcoder.run(start, planned.contains(Stage.TRANSCODE), planned.contains(Stage.STORYBOARD), scratch,
                new Outcomes() {
                    @Override
                    public void storyboard(StoryboardCreated created) {
                        storyboardCreated.sendMessageAndAwait(KeyedMessages.of(created));
                        sent.sent(Stage.STORYBOARD);
                    }

                    @Override
                    public void renditions(RenditionsCreated created) {
                        renditionsCreated.sendMessageAndAwait(KeyedMessages.of(created));
                        sent.sent(Stage.TRANSCODE);
                    }
                });
    }
}
