package io.framewise.session.messaging;

import io.framewise.events.Stage;
import io.framewise.events.StageFailed;
import io.framewise.events.VideoUploaded;
import io.framewise.kit.messaging.KeyedMessages;
import io.framewise.kit.messaging.PoisonRecords;
import io.framewise.kit.work.StageRunner;
import io.framewise.session.service.SessionService;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * video.uploaded → render.start, or stage.failed with the reason. The record is acknowledged (and its offset
 * committed) only after the broker has the outcome.
 */
@ApplicationScoped
public class UploadListener {

    private final SessionService sessions;
    private final StageRunner runner;
    private final MutinyEmitter<io.framewise.events.RenderStart> renderStart;
    private final MutinyEmitter<StageFailed> stageFailed;

    public UploadListener(SessionService sessions, StageRunner runner,
                          @Channel("render-start") MutinyEmitter<io.framewise.events.RenderStart> renderStart,
                          @Channel("stage-failed") MutinyEmitter<StageFailed> stageFailed) {
        this.sessions = sessions;
        this.runner = runner;
        this.renderStart = renderStart;
        this.stageFailed = stageFailed;
    }

    @Incoming("video-uploaded")
    @Blocking(value = "media-work", ordered = false)
    public void onUpload(VideoUploaded upload) {
        PoisonRecords.readable(upload, "video.uploaded");
        runner.run(upload.videoId(), Stage.SESSION, "probing the upload",
                scratch -> renderStart.sendMessageAndAwait(KeyedMessages.of(sessions.open(upload, scratch))),
                (reason, retriable) -> stageFailed.sendMessageAndAwait(
                        KeyedMessages.of(StageFailed.causedBy(upload, Stage.SESSION, reason, retriable))));
    }
}
