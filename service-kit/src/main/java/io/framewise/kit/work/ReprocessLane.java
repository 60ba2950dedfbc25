package io.framewise.kit.work;

import io.framewise.events.RenderStart;
import io.framewise.events.Topics;
import io.quarkus.arc.properties.IfBuildProperty;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The low-priority lane of a worker service: {@code render.reprocess} (a retried stage) is the same work as
 * {@code render.start}, but on its own consumer and its own worker pool ({@code reprocess-work}, one job at a time),
 * so a backlog of retries never takes the slots of fresh uploads; a retry waits only for other retries. Only in
 * services built with {@code framewise.worker.reprocess-lane=true} (the workers; the others have no such channel).
 */
@ApplicationScoped
@IfBuildProperty(name = "framewise.worker.reprocess-lane", stringValue = "true")
public class ReprocessLane {

    private final StageWorker worker;

    public ReprocessLane(StageWorker worker) {
        this.worker = worker;
    }

    @Incoming("render-reprocess")
    @Blocking(value = "reprocess-work", ordered = false)
    public void onReprocess(RenderStart start) {
        worker.work(start, Topics.RENDER_REPROCESS);
    }
}
