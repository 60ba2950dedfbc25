package io.framewise.gateway.webhooks.repository;

import io.framewise.gateway.webhooks.domain.DeliveryStatus;
import io.framewise.gateway.webhooks.domain.WebhookDelivery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class DeliveryRepository implements PanacheRepositoryBase<WebhookDelivery, UUID> {

    private static final String DUE = "(status = :pending and nextAttemptAt <= :now)"
            + " or (status = :inFlight and leaseUntil < :now)";

    /** Queues the event for the webhook; a redelivered event (same webhook and event id) adds nothing. */
    public boolean enqueue(UUID webhookId, UUID eventId, String eventType, String videoId, String payload) {
        return getEntityManager().createNativeQuery("""
                        insert into gateway.webhook_deliveries
                            (id, webhook_id, event_id, event_type, video_id, payload, status, attempts,
                             next_attempt_at, created_at, updated_at)
                        values (:id, :webhook, :event, :type, :video, :payload, 'PENDING', 0, now(), now(), now())
                        on conflict (webhook_id, event_id) do nothing""")
                .setParameter("id", UUID.randomUUID())
                .setParameter("webhook", webhookId)
                .setParameter("event", eventId)
                .setParameter("type", eventType)
                .setParameter("video", videoId)
                .setParameter("payload", payload)
                .executeUpdate() == 1;
    }

    /** Deliveries due now: first attempts, retries whose wait is over, and ones whose sender died. */
    public List<WebhookDelivery> due(int limit) {
        return find(DUE, Sort.ascending("nextAttemptAt"), dueParameters())
                .page(Page.ofSize(limit)).list();
    }

    /**
     * Takes the delivery for this instance until the lease ends; false if another instance took it first.
     * (One conditional update: whoever changes the row owns it.)
     */
    public boolean claim(UUID id, Instant leaseUntil) {
        return update("status = :inFlight, leaseUntil = :lease, updatedAt = :now where id = :id and (" + DUE + ")",
                dueParameters().and("lease", leaseUntil).and("id", id)) == 1;
    }

    public List<WebhookDelivery> ofWebhook(UUID webhookId, int page, int size) {
        return find("webhookId", Sort.descending("createdAt").and("id"), webhookId)
                .page(Page.of(page, size)).list();
    }

    private static Parameters dueParameters() {
        return Parameters.with("pending", DeliveryStatus.PENDING).and("inFlight", DeliveryStatus.IN_FLIGHT)
                .and("now", Instant.now());
    }
}
