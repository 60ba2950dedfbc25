package io.framewise.gateway.webhooks.repository;

import io.framewise.gateway.webhooks.domain.Webhook;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class WebhookRepository implements PanacheRepositoryBase<Webhook, UUID> {

    public List<Webhook> all() {
        return listAll(Sort.ascending("createdAt").and("id"));
    }

    /** The webhooks that want this event. */
    public List<Webhook> subscribedTo(String event) {
        return all().stream().filter(hook -> hook.wants(event)).toList();
    }
}
