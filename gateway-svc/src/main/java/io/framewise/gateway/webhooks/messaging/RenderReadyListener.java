package io.framewise.gateway.webhooks.messaging;

import io.framewise.events.RenderReady;
import io.framewise.events.Topics;
import io.framewise.events.serde.EventJson;
import io.framewise.gateway.webhooks.domain.Webhook;
import io.framewise.gateway.webhooks.repository.DeliveryRepository;
import io.framewise.gateway.webhooks.repository.WebhookRepository;
import io.framewise.kit.messaging.PoisonRecords;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * render.ready, read once per gateway deployment (the shared group {@code gateway-svc}): queues one delivery
 * per subscribed webhook and returns. Sending happens elsewhere ({@code WebhookDispatcher}), so a slow or dead
 * receiver never holds up the topic. A redelivered event queues nothing twice (unique per webhook and event).
 * Blocking (JDBC): runs on a worker thread, records in order.
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
    @Blocking
    public void onRenderReady(RenderReady event) {
        PoisonRecords.readable(event, "render.ready");
        String payload = EventJson.toJson(event);
        // Each try is its own transaction; a database hiccup is retried before the record counts as failed.
        long queued = Uni.createFrom().item(() -> QuarkusTransaction.requiringNew().call(() -> queue(event, payload)))
                .onFailure().retry().withBackOff(Duration.ofMillis(200), Duration.ofSeconds(2)).atMost(4)
                .await().indefinitely();
        LOG.debugf("render.ready %s of video %s: %d deliveries queued", event.status(), event.videoId(), queued);
    }

    private long queue(RenderReady event, String payload) {
        long queued = 0;
        for (Webhook hook : webhooks.subscribedTo(Topics.RENDER_READY)) {
            deliveries.enqueue(hook.id, event.eventId(), Topics.RENDER_READY, event.videoId(), payload);
            queued++;
        }
        return queued;
    }
}
