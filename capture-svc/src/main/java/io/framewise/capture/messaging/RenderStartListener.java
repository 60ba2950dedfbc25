package io.framewise.capture.messaging;

import io.framewise.capture.service.CaptureService;
import io.framewise.events.CaptureCreated;
import io.framewise.events.RenderStart;
import io.framewise.events.Stage;
import io.framewise.events.StageFailed;
import io.framewise.events.Topics;
import io.framewise.kit.messaging.KeyedMessages;
import io.framewise.kit.tracing.Traces;
import io.framewise.kit.work.Scratch;
import io.framewise.kit.work.StageRunner;
import io.framewise.kit.work.StageWorker;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * render.start → one capture.created per shot as it is found, then the completion marker (or stage.failed);
 * acknowledged only once the broker has all of them. Retries (render.reprocess) take service-kit's
 * {@code ReprocessLane} into the same work.
 */
@ApplicationScoped
public class RenderStartListener extends StageWorker {

    private final CaptureService captures;
    private final MutinyEmitter<CaptureCreated> captureCreated;

    public RenderStartListener(CaptureService captures, StageRunner runner,
                               @Channel("capture-created") MutinyEmitter<CaptureCreated> captureCreated,
                               @Channel("stage-failed") MutinyEmitter<StageFailed> stageFailed) {
        super(runner, stageFailed, "making the captures", Stage.CAPTURES);
        this.captures = captures;
        this.captureCreated = captureCreated;
    }

    @Incoming("render-start")
    @Blocking(value = "media-work", ordered = false)
    public void onRenderStart(RenderStart start) {
        work(start, Topics.RENDER_START);
    }

    @Override
    protected void make(RenderStart start, Set<Stage> planned, Scratch scratch, Sent sent) throws Exception {
        // Each capture is sent as soon as it is stored, without waiting for the broker before taking the next
        // one; the marker goes only once the broker has every capture (one producer, one partition: in order).
        List<CompletableFuture<Void>> announced = Collections.synchronizedList(new ArrayList<>());
        // Captures are announced from the scan's own capture thread: the video's trace goes with them.
        CaptureCreated marker = captures.capture(start, scratch, Traces.carrying(event -> announced.add(
                captureCreated.sendMessage(KeyedMessages.of(event)).subscribeAsCompletionStage())));
        CompletableFuture.allOf(announced.toArray(CompletableFuture[]::new)).join();
        captureCreated.sendMessageAndAwait(KeyedMessages.of(marker));
    }
}
