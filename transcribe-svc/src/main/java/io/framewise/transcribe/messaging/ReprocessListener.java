package io.framewise.transcribe.messaging;

import io.framewise.events.RenderStart;
import io.framewise.kit.messaging.PoisonRecords;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The low-priority lane: render.reprocess (a retried stage) is the same work as render.start, but on its own
 * consumer and its own worker pool ({@code reprocess-work}, one job at a time), so a backlog of retries never takes
 * the slots of fresh uploads.
 */
@ApplicationScoped
public class ReprocessListener {

    private final RenderStartListener work;

    public ReprocessListener(RenderStartListener work) {
        this.work = work;
    }

    @Incoming("render-reprocess")
    @Blocking(value = "reprocess-work", ordered = false)
    public void onReprocess(RenderStart start) {
        work.onRenderStart(PoisonRecords.readable(start, "render.reprocess"));
    }
}
