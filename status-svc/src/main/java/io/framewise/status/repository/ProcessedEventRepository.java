package io.framewise.status.repository;

import io.smallrye.mutiny.Uni;
import io.quarkus.hibernate.reactive.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Remembers applied event ids, in the same transaction as their effect, so redeliveries change nothing. */
@ApplicationScoped
public class ProcessedEventRepository {

    /** True if this is the first time the event is applied; false for a redelivery. */
    public Uni<Boolean> markApplied(UUID eventId, String videoId, String topic) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                        insert into processed_events (event_id, video_id, topic) values (:id, :video, :topic)
                        on conflict (event_id) do nothing""")
                .setParameter("id", eventId)
                .setParameter("video", videoId)
                .setParameter("topic", topic)
                .executeUpdate())
                .map(inserted -> inserted == 1);
    }
}
