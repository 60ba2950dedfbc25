package io.framewise.capture.messaging;

import io.framewise.capture.service.CaptureService;
import io.framewise.events.CaptureCreated;
import io.framewise.events.RenderStart;
import io.framewise.events.Stage;
import io.framewise.events.StageFailed;
import io.framewise.kit.messaging.KeyedMessages;
import io.framewise.kit.messaging.PoisonRecords;
import io.framewise.kit.tracing.Traces;
import io.framewise.kit.work.StageRunner;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * render.start → one capture.created per shot as it is found, then the completion marker (or stage.failed);
 * acknowledged only once the broker has all of them.
 */
@ApplicationScoped
public class RenderStartListener {

    private final CaptureService captures;
    private final StageRunner runner;
    private final MutinyEmitter<CaptureCreated> captureCreated;
    private final MutinyEmitter<StageFailed> stageFailed;

    public RenderStartListener(CaptureService captures, StageRunner runner,
                               @Channel("capture-created") MutinyEmitter<CaptureCreated> captureCreated,
                               @Channel("stage-failed") MutinyEmitter<StageFailed> stageFailed) {
        this.captures = captures;
        this.runner = runner;
        this.captureCreated = captureCreated;
        this.stageFailed = stageFailed;
    }

    @Incoming("render-start")
    @Blocking(value = "media-work", ordered = false)
    public void onRenderStart(RenderStart start) {
        PoisonRecords.readable(start, "render.start");
        if (!start.stages().contains(Stage.CAPTURES)) {
            return;
        }
        runner.run(start.videoId(), Stage.CAPTURES, "making the captures", scratch -> {
            // Each capture is sent as soon as it is stored, without waiting for the broker before taking the next
            // one; the marker goes only once the broker has every capture (one producer, one partition: in order).
            List<CompletableFuture<Void>> sent = Collections.synchronizedList(new ArrayList<>());
            // Captures are announced from the scan's own capture thread: the video's trace goes with them.
            CaptureCreated marker = captures.capture(start, scratch, Traces.carrying(event -> sent.add(
                    captureCreated.sendMessage(KeyedMessages.of(event)).subscribeAsCompletionStage())));
            CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).join();
            send(marker);
        },
                (reason, retriable) -> stageFailed.sendMessageAndAwait(
                        KeyedMessages.of(StageFailed.causedBy(start, Stage.CAPTURES, reason, retriable))));
    }

    private void send(CaptureCreated event) {
        captureCreated.sendMessageAndAwait(KeyedMessages.of(event));
    }
}
