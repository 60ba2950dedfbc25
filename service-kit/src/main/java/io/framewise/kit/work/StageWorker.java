package io.framewise.kit.work;

import io.framewise.events.RenderStart;
import io.framewise.events.Stage;
import io.framewise.events.StageFailed;
import io.framewise.kit.messaging.KeyedMessages;
import io.framewise.kit.messaging.PoisonRecords;
import io.smallrye.reactive.messaging.MutinyEmitter;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What every worker service does with a {@code render.start} (or a {@code render.reprocess}, {@link ReprocessLane}):
 * refuse a record that is no event (it goes to the dead-letter queue), skip a video whose plan does not list one of
 * the service's stages, else run the job through the {@link StageRunner} and report a failure as a
 * {@code stage.failed} for every planned stage whose outcome was not sent yet. A service's listener extends this,
 * keeps its own {@code @Incoming("render-start")} method (the annotation must sit on the bean's method) and says
 * only what its job makes and sends.
 */
public abstract class StageWorker {

    private final StageRunner runner;
    private final MutinyEmitter<StageFailed> stageFailed;
    private final String doing;
    private final List<Stage> stages;

    /**
     * @param doing  what the job does, for messages: "making the preview" (→ "making the preview failed: …")
     * @param stages the stages the service makes; the first of them a video plans is the one its job is timed and
     *               limited as (the longest)
     */
    protected StageWorker(StageRunner runner, MutinyEmitter<StageFailed> stageFailed, String doing,
                          Stage... stages) {
        this.runner = runner;
        this.stageFailed = stageFailed;
        this.doing = doing;
        this.stages = List.of(stages);
    }

    /** For the client proxy CDI makes of an application-scoped subclass; never used for work. */
    protected StageWorker() {
        this(null, null, null);
    }

    /** Where a job says that the broker has a stage's outcome, so that a later failure is not reported for it. */
    @FunctionalInterface
    public interface Sent {
        void sent(Stage stage);
    }

    /**
     * One record of {@code topic}: null (no event) is refused, a video that plans none of the service's stages is
     * skipped, any other is worked on; returns once the outcome (or the failure) is acknowledged by the broker.
     */
    public void work(RenderStart record, String topic) {
        RenderStart start = PoisonRecords.readable(record, topic);
        Set<Stage> planned = EnumSet.noneOf(Stage.class);
        Stage timed = null;
        for (Stage stage : stages) {
            if (start.stages().contains(stage)) {
                planned.add(stage);
                timed = timed == null ? stage : timed;
            }
        }
        if (timed == null) {
            return;
        }
        Set<Stage> pending = EnumSet.copyOf(planned);
        runner.run(start.videoId(), timed, doing(planned),
                scratch -> make(start, planned, scratch, pending::remove),
                (reason, retriable) -> {
                    for (Stage stage : pending) {
                        stageFailed.sendMessageAndAwait(
                                KeyedMessages.of(StageFailed.causedBy(start, stage, reason, retriable)));
                    }
                });
    }

    /** What the job does for these planned stages, for messages: the constructor's {@code doing} unless overridden. */
    protected String doing(Set<Stage> planned) {
        return doing;
    }

    /**
     * Makes the planned stages' outcomes and sends them, returning once the broker has them. A job that sends more
     * than one stage's outcome marks each one {@link Sent}; a failure after that is then reported only for the rest.
     */
    protected abstract void make(RenderStart start, Set<Stage> planned, Scratch scratch, Sent sent) throws Exception;
}
