package io.framewise.status.repository;

import io.smallrye.mutiny.Uni;
import io.quarkus.hibernate.reactive.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import io.framewise.events.FramewiseEvent;
import java.util.HashSet;
import java.util.List;
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
        String sql = "insert into processed_events (event_id, video_id, topic) values "
                + MultiRow.values(events.size(), 2, ":topic")
                + " on conflict (event_id) do nothing returning event_id";
        return Panache.getSession().flatMap(session -> {
            var query = session.createNativeQuery(sql, UUID.class).setParameter("topic", topic);
            for (int row = 0; row < events.size(); row++) {
                query.setParameter(MultiRow.name(0, row), events.get(row).eventId())
                        .setParameter(MultiRow.name(1, row), events.get(row).videoId());
            }
            return query.getResultList();
        }).map(HashSet::new);
    }
}
