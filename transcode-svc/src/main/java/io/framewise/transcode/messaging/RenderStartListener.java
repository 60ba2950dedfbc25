package io.framewise.transcode.messaging;

import io.framewise.events.RenderStart;
import io.framewise.kit.messaging.PoisonRecords;
import io.framewise.events.RenditionsCreated;
import io.framewise.events.Stage;
import io.framewise.events.StageFailed;
import io.framewise.events.StoryboardCreated;
import io.framewise.kit.messaging.KeyedMessages;
import io.framewise.kit.work.StageRunner;
import io.framewise.transcode.service.Outcomes;
import io.framewise.transcode.service.TranscodeService;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.Set;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * render.start → storyboard.created and/or renditions.created (or stage.failed for each listed stage that did not
 * report), acknowledged only once the broker has every outcome. Both stages share one job, so the source is
 * downloaded and decoded once; a failure after the storyboard was announced fails only the renditions.
 */
@ApplicationScoped
public class RenderStartListener {

    private final TranscodeService transcoder;
    private final StageRunner runner;
    private final MutinyEmitter<RenditionsCreated> renditionsCreated;
    private final MutinyEmitter<StoryboardCreated> storyboardCreated;
    private final MutinyEmitter<StageFailed> stageFailed;

    public RenderStartListener(TranscodeService transcoder, StageRunner runner,
                               @Channel("renditions-created") MutinyEmitter<RenditionsCreated> renditionsCreated,
                               @Channel("storyboard-created") MutinyEmitter<StoryboardCreated> storyboardCreated,
                               @Channel("stage-failed") MutinyEmitter<StageFailed> stageFailed) {
        this.transcoder = transcoder;
        this.runner = runner;
        this.renditionsCreated = renditionsCreated;
        this.storyboardCreated = storyboardCreated;
        this.stageFailed = stageFailed;
    }

    @Incoming("render-start")
    @Blocking(value = "media-work", ordered = false)
    public void onRenderStart(RenderStart record) {
        RenderStart start = PoisonRecords.readable(record, "render.start");
        boolean transcode = start.stages().contains(Stage.TRANSCODE);
        boolean storyboard = start.stages().contains(Stage.STORYBOARD);
        if (!transcode && !storyboard) {
            return;
        }
        Set<Stage> pending = EnumSet.noneOf(Stage.class);
        if (transcode) {
            pending.add(Stage.TRANSCODE);
        }
        if (storyboard) {
            pending.add(Stage.STORYBOARD);
        }
        // The job's metrics and trace span go under the longer stage; the storyboard rides along in its decode.
        Stage timed = transcode ? Stage.TRANSCODE : Stage.STORYBOARD;
        runner.run(start.videoId(), timed, doing(transcode, storyboard),
                scratch -> transcoder.run(start, transcode, storyboard, scratch, new Outcomes() {
                    @Override
                    public void storyboard(StoryboardCreated created) {
                        storyboardCreated.sendMessageAndAwait(KeyedMessages.of(created));
                        pending.remove(Stage.STORYBOARD);
                    }

                    @Override
                    public void renditions(RenditionsCreated created) {
                        renditionsCreated.sendMessageAndAwait(KeyedMessages.of(created));
                        pending.remove(Stage.TRANSCODE);
                    }
                }),
                (reason, retriable) -> {
                    for (Stage stage : pending) {
                        stageFailed.sendMessageAndAwait(
                                KeyedMessages.of(StageFailed.causedBy(start, stage, reason, retriable)));
                    }
                });
    }

    private static String doing(boolean transcode, boolean storyboard) {
        if (transcode && storyboard) {
            return "making the renditions and storyboard";
        }
        return transcode ? "making the renditions" : "making the storyboard";
    }
}
