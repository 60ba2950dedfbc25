package io.framewise.status.messaging;

import io.framewise.events.RenderReady;
import io.framewise.kit.messaging.KeyedMessages;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Channel;

/** Sends render.ready and completes only once the broker has it, so the caller's commit comes after. */
@ApplicationScoped
public class RenderReadyPublisher {

    private final MutinyEmitter<RenderReady> emitter;

    public RenderReadyPublisher(@Channel("render-ready") MutinyEmitter<RenderReady> emitter) {
        this.emitter = emitter;
    }

    public Uni<Void> publish(RenderReady event) {
        return emitter.sendMessage(KeyedMessages.of(event));
    }
}
