package io.framewise.transcribe.messaging;

import io.framewise.events.RenderStart;
import io.framewise.kit.messaging.PoisonRecords;
import io.framewise.events.Stage;
import io.framewise.events.StageFailed;
import io.framewise.events.TranscriptCreated;
import io.framewise.kit.messaging.KeyedMessages;
import io.framewise.kit.work.StageRunner;
import io.framewise.transcribe.service.TranscriptService;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** render.start → transcript.created (or stage.failed), acknowledged only once the broker has the outcome. */
@ApplicationScoped
public class RenderStartListener {

    private final TranscriptService transcripts;
    private final StageRunner runner;
    private final MutinyEmitter<TranscriptCreated> transcriptCreated;
    private final MutinyEmitter<StageFailed> stageFailed;

    public RenderStartListener(TranscriptService transcripts, StageRunner runner,
                               @Channel("transcript-created") MutinyEmitter<TranscriptCreated> transcriptCreated,
                               @Channel("stage-failed") MutinyEmitter<StageFailed> stageFailed) {
        this.transcripts = transcripts;
        this.runner = runner;
        this.transcriptCreated = transcriptCreated;
        this.stageFailed = stageFailed;
    }

    @Incoming("render-start")
    @Blocking(value = "transcribe-work", ordered = false)
    public void onRenderStart(RenderStart record) {
        RenderStart start = PoisonRecords.readable(record, "render.start");
        if (!start.stages().contains(Stage.TRANSCRIBE)) {
            return;
        }
        runner.run(start.videoId(), Stage.TRANSCRIBE, "transcribing the speech",
                scratch -> transcriptCreated.sendMessageAndAwait(
                        KeyedMessages.of(transcripts.transcribe(start, scratch))),
                (reason, retriable) -> stageFailed.sendMessageAndAwait(
                        KeyedMessages.of(StageFailed.causedBy(start, Stage.TRANSCRIBE, reason, retriable))));
    }
}
