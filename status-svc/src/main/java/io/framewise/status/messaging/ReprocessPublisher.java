package io.framewise.status.messaging;

import io.framewise.events.CaptureCreated;
import io.framewise.events.RenderStart;
import io.framewise.kit.messaging.KeyedMessages;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Channel;

/** What a stage retry sends; each completes once the broker has it, so the retry's commit comes after. */
@ApplicationScoped
public class ReprocessPublisher {

    private final MutinyEmitter<RenderStart> reprocess;
    private final MutinyEmitter<CaptureCreated> captures;

    public ReprocessPublisher(@Channel("render-reprocess") MutinyEmitter<RenderStart> reprocess,
                              @Channel("capture-announce") MutinyEmitter<CaptureCreated> captures) {
        this.reprocess = reprocess;
        this.captures = captures;
    }

    /** A render.start for the low-priority lane ({@code render.reprocess}). */
    public Uni<Void> reprocess(RenderStart start) {
        return reprocess.sendMessage(KeyedMessages.of(start));
    }

    /** Stored captures announced again on capture.created, for label-svc to label them again. */
    public Uni<Void> announce(List<CaptureCreated> created) {
        Uni<Void> all = Uni.createFrom().voidItem();
        for (CaptureCreated event : created) {
            all = all.flatMap(ignored -> captures.sendMessage(KeyedMessages.of(event)));
        }
        return all;
    }
}
