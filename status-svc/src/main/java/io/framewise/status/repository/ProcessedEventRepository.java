package io.framewise.status.repository;

import io.smallrye.mutiny.Uni;
import io.quarkus.hibernate.reactive.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import io.framewise.events.FramewiseEvent;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    /**
     * Records a batch's event ids in one statement and returns those recorded now: the others were applied
     * before (a redelivery). The ids must be distinct ({@code on conflict} would skip a repeat anyway).
     */
    public Uni<Set<UUID>> markAllApplied(List<? extends FramewiseEvent> events, String topic) {
        if (events.isEmpty()) {
            return Uni.createFrom().item(Set.of());
        }
        String rows = JsonRows.of(events.stream()
                .map(e -> Map.of("event_id", e.eventId().toString(), "video_id", e.videoId())).toList());
        return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                        insert into processed_events (event_id, video_id, topic)
                        select r.event_id, r.video_id, :topic
                        from jsonb_to_recordset(cast(cast(:rows as text) as jsonb))
                            as r(event_id uuid, video_id text)
                        on conflict (event_id) do nothing
                        returning event_id""", UUID.class)
                        .setParameter("topic", topic)
                        .setParameter("rows", rows)
                        .getResultList())
                .map(HashSet::new);
    }
}
