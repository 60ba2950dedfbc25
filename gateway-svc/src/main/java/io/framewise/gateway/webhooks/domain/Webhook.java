package io.framewise.gateway.webhooks.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** A receiver of event notifications. The secret signs deliveries; it is never logged nor returned. */
@Entity
@Table(name = "webhooks", schema = "gateway")
public class Webhook extends PanacheEntityBase {

    @Id
    public UUID id;

    public String url;

    public String secret;

    /** Comma-separated event names, e.g. {@code render.ready}. */
    public String events;

    @Column(name = "created_at")
    public Instant createdAt;

    public List<String> eventList() {
        return Arrays.stream(events.split(",")).filter(e -> !e.isBlank()).toList();
    }

    public boolean wants(String event) {
        return eventList().contains(event);
    }

    @Override
    public String toString() {
        return "Webhook[" + id + " → " + url + "]";
    }
}
