package io.framewise.gateway.webhooks.messaging;

import io.framewise.events.RenderReady;
import io.framewise.events.Topics;
import io.framewise.events.serde.EventJson;
import io.framewise.gateway.webhooks.repository.DeliveryRepository;
import io.framewise.gateway.webhooks.repository.WebhookRepository;
import io.framewise.kit.messaging.PoisonRecords;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * render.ready, read once per gateway deployment (the shared group {@code gateway-svc}): queues one delivery
 * per subscribed webhook and returns. Sending happens elsewhere ({@code WebhookDispatcher}), so a slow or dead
 * receiver never holds up the topic. A redelivered event queues nothing twice (unique per webhook and event).
 */
@ApplicationScoped
public class RenderReadyListener {

    private static final Logger LOG = Logger.getLogger(RenderReadyListener.class);

    private final WebhookRepository webhooks;
    private final DeliveryRepository deliveries;

    public RenderReadyListener(WebhookRepository webhooks, DeliveryRepository deliveries) {
        this.webhooks = webhooks;
        this.deliveries = deliveries;
    }

    @Incoming("render-ready")
    public Uni<Void> onRenderReady(RenderReady event) {
        PoisonRecords.readable(event, "render.ready");
        String payload = EventJson.toJson(event);
        return Panache.withTransaction(() -> webhooks.subscribedTo(Topics.RENDER_READY)
                        .onItem().transformToMulti(list -> Multi.createFrom().iterable(list))
                        .onItem().transformToUniAndConcatenate(hook -> deliveries.enqueue(hook.id, event.eventId(),
                                Topics.RENDER_READY, event.videoId(), payload))
                        .collect().with(java.util.stream.Collectors.counting()))
                .invoke(queued -> LOG.debugf("render.ready %s of video %s: %d deliveries queued", event.status(),
                        event.videoId(), queued))
                .onFailure().retry().withBackOff(Duration.ofMillis(200), Duration.ofSeconds(2)).atMost(4)
                .replaceWithVoid();
    }
}
