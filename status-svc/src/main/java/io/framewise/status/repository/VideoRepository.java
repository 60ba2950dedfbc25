package io.framewise.status.repository;

import io.framewise.status.domain.Video;
import io.framewise.status.domain.VideoStatus;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class VideoRepository implements PanacheRepositoryBase<Video, String> {

    /**
     * Events of one video arrive on several topics, in any order between topics; whichever comes first
     * creates the row. {@code on conflict do nothing} makes that safe when two arrive at once.
     */
    public Uni<Void> ensureExists(String videoId) {
        return getSession().flatMap(session -> session.createNativeQuery("""
                        insert into videos (id, status, created_at, updated_at)
                        values (:id, 'PROCESSING', now(), now()) on conflict (id) do nothing""")
                .setParameter("id", videoId)
                .executeUpdate())
                .replaceWithVoid();
    }

    /** The row, locked until the transaction ends, so concurrent events of one video apply one by one. */
    public Uni<Video> lock(String videoId) {
        return findById(videoId, LockModeType.PESSIMISTIC_WRITE);
    }

    public Uni<List<Video>> search(String namePrefix, String label, VideoStatus status, int page, int size) {
        StringBuilder query = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (namePrefix != null && !namePrefix.isBlank()) {
            query.append(" and filename like :prefix escape '\\'");
            params.put("prefix", escapeLike(namePrefix) + "%");
        }
        if (label != null && !label.isBlank()) {
            query.append(" and id in (select l.videoId from VideoLabel l where lower(l.name) = :label)");
            params.put("label", label.toLowerCase(java.util.Locale.ROOT));
        }
        if (status != null) {
            query.append(" and status = :status");
            params.put("status", status);
        }
        return find(query.toString(), Sort.descending("createdAt"), params).page(Page.of(page, size)).list();
    }

    /** Videos still processing whose last event is older than the cut-off: the watchdog's candidates. */
    public Uni<List<Video>> stalledSince(Instant cutOff, int limit) {
        return find("status = ?1 and updatedAt < ?2", Sort.ascending("updatedAt"), VideoStatus.PROCESSING, cutOff)
                .page(Page.ofSize(limit)).list();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
