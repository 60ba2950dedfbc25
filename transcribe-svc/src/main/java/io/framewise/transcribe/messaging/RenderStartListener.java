package io.framewise.transcribe.messaging;

import io.framewise.events.RenderStart;
import io.framewise.events.Stage;
import io.framewise.events.StageFailed;
import io.framewise.events.Topics;
import io.framewise.events.TranscriptCreated;
import io.framewise.kit.messaging.KeyedMessages;
import io.framewise.kit.work.Scratch;
import io.framewise.kit.work.StageRunner;
import io.framewise.kit.work.StageWorker;
import io.framewise.transcribe.service.TranscriptService;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * render.start → transcript.created (or stage.failed), acknowledged only once the broker has the outcome. Retries
 * (render.reprocess) take service-kit's {@code ReprocessLane} into the same work.
 */
@ApplicationScoped
public class RenderStartListener extends StageWorker {

    private final TranscriptService transcripts;
    private final MutinyEmitter<TranscriptCreated> transcriptCreated;

    public RenderStartListener(TranscriptService transcripts, StageRunner runner,
                               @Channel("transcript-created") MutinyEmitter<TranscriptCreated> transcriptCreated,
                               @Channel("stage-failed") MutinyEmitter<StageFailed> stageFailed) {
        super(runner, stageFailed, "transcribing the speech", Stage.TRANSCRIBE);
        this.transcripts = transcripts;
        this.transcriptCreated = transcriptCreated;
    }

    @Incoming("render-start")
    @Blocking(value = "transcribe-work", ordered = false)
    public void onRenderStart(RenderStart start) {
        work(start, Topics.RENDER_START);
    }

    @Override
    protected void make(RenderStart start, Set<Stage> planned, Scratch scratch, Sent sent) throws Exception {
        transcriptCreated.sendMessageAndAwait(KeyedMessages.of(transcripts.transcribe(start, scratch)));
    }
}
