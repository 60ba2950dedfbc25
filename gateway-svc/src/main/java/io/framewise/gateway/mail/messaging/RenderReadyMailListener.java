package io.framewise.gateway.mail.messaging;

import io.framewise.events.RenderReady;
import io.framewise.gateway.mail.service.MailNotifier;
import io.framewise.gateway.videos.client.StatusClient;
import io.framewise.kit.messaging.PoisonRecords;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * render.ready → one mail per finished video, read in a consumer group of its own ({@code gateway-svc-mail}) so a
 * slow mail server never holds up webhook deliveries. With mail off it only acknowledges.
 */
@ApplicationScoped
public class RenderReadyMailListener {

    private final MailNotifier notifier;
    private final StatusClient status;

    public RenderReadyMailListener(MailNotifier notifier, @RestClient StatusClient status) {
        this.notifier = notifier;
        this.status = status;
    }

    @Incoming("render-ready-mail")
    public Uni<Void> onRenderReady(RenderReady record) {
        RenderReady outcome = PoisonRecords.readable(record, "render.ready");
        if (!notifier.enabled()) {
            return Uni.createFrom().voidItem();
        }
        // the name lookup is a blocking REST call: off the event loop
        return Uni.createFrom().item(() -> filenameOf(outcome.videoId()))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .flatMap(filename -> notifier.mailFor(outcome, filename).map(notifier::send)
                        .orElseGet(() -> Uni.createFrom().voidItem()));
    }

    /** The name the user uploaded, for the subject; null when status-svc cannot say (deleted meanwhile). */
    private String filenameOf(String videoId) {
        try {
            return status.get(videoId).filename();
        } catch (WebApplicationException e) {
            return null;
        }
    }
}
