package io.framewise.label.messaging;

import io.framewise.events.CaptureCreated;
import io.framewise.events.LabelsDone;
import io.framewise.events.Stage;
import io.framewise.events.StageFailed;
import io.framewise.kit.messaging.KeyedMessages;
import io.framewise.kit.messaging.PoisonRecords;
import io.framewise.kit.work.StageRunner;
import io.framewise.label.service.LabelService;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * capture.created → labels.done (or stage.failed), acknowledged only once the broker has the outcome. The
 * completion marker is status-svc's business and is skipped here.
 */
@ApplicationScoped
public class CaptureCreatedListener {

    private final LabelService labels;
    private final StageRunner runner;
    private final MutinyEmitter<LabelsDone> labelsDone;
    private final MutinyEmitter<StageFailed> stageFailed;

    public CaptureCreatedListener(LabelService labels, StageRunner runner,
                                  @Channel("labels-done") MutinyEmitter<LabelsDone> labelsDone,
                                  @Channel("stage-failed") MutinyEmitter<StageFailed> stageFailed) {
        this.labels = labels;
        this.runner = runner;
        this.labelsDone = labelsDone;
        this.stageFailed = stageFailed;
    }

    @Incoming("capture-created")
    @Blocking(value = "model-work", ordered = false)
    public void onCaptureCreated(CaptureCreated created) {
        PoisonRecords.readable(created, "capture.created");
        if (created.isCompletionMarker()) {
            return;
        }
        runner.run(created.videoId(), Stage.LABELS, "labelling capture " + created.capture().index(),
                scratch -> labelsDone.sendMessageAndAwait(KeyedMessages.of(labels.label(created))),
                (reason, retriable) -> stageFailed.sendMessageAndAwait(
                        KeyedMessages.of(StageFailed.causedBy(created, Stage.LABELS, reason, retriable))));
    }
}
