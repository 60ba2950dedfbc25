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
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;

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

    /** {@link #ensureExists} for many videos in one statement, in id order (so two batches never deadlock). */
    public Uni<Void> ensureAllExist(SortedSet<String> videoIds) {
        String ids = JsonRows.of(videoIds.stream().map(id -> Map.of("id", id)).toList());
        return getSession().flatMap(session -> session.createNativeQuery("""
                        insert into videos (id, status, created_at, updated_at)
                        select r.id, 'PROCESSING', now(), now()
                        from jsonb_to_recordset(cast(cast(:ids as text) as jsonb)) as r(id text) order by r.id
                        on conflict (id) do nothing""")
                .setParameter("ids", ids)
                .executeUpdate())
                .replaceWithVoid();
    }

    /**
     * The rows, locked until the transaction ends. PostgreSQL locks them in the order of the result, here by id:
     * two transactions locking overlapping sets wait for each other instead of deadlocking.
     */
    public Uni<List<Video>> lockAll(SortedSet<String> videoIds) {
        return find("id in ?1", Sort.ascending("id"), List.copyOf(videoIds))
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    /** The row, locked until the transaction ends, so concurrent events of one video apply one by one. */
    public Uni<Video> lock(String videoId) {
        return findById(videoId, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * What the list endpoint asks for; every filter is optional and they combine with AND. {@code person} is a
     * known person's name (any case) or id; {@code onlyIds}, when not null, restricts the result to those videos
     * (the transcript matches of a full-text query).
     */
    public record Search(String namePrefix, String label, String mediaType, VideoStatus status, String person,
                         Collection<String> onlyIds) {

        public Search(String namePrefix, String label, String mediaType, VideoStatus status) {
            this(namePrefix, label, mediaType, status, null, null);
        }
    }

    /** One page of matches, newest first, and how many match in all. */
    public record Found(List<Video> videos, long total) {
    }

    /**
     * Deleted videos are never listed. {@code mediaType} matches the stored content type exactly
     * ({@code video/mp4}) or, without a slash, its top-level type ({@code video}); it and {@code label}
     * ignore case.
     */
    public Uni<Found> search(Search search, int page, int size) {
        StringBuilder query = new StringBuilder("status <> :deleted");
        Map<String, Object> params = new HashMap<>();
        params.put("deleted", VideoStatus.DELETED);
        if (hasText(search.namePrefix())) {
            query.append(" and filename like :prefix escape '\\'");
            params.put("prefix", escapeLike(search.namePrefix()) + "%");
        }
        if (hasText(search.label())) {
            query.append(" and id in (select l.videoId from VideoLabel l where lower(l.name) = :label)");
            params.put("label", search.label().toLowerCase(Locale.ROOT));
        }
        if (hasText(search.mediaType())) {
            String type = search.mediaType().strip().toLowerCase(Locale.ROOT);
            if (type.contains("/")) {
                query.append(" and lower(contentType) = :type");
                params.put("type", type);
            } else {
                query.append(" and lower(contentType) like :type escape '\\'");
                params.put("type", escapeLike(type) + "/%");
            }
        }
        if (hasText(search.person())) {
            query.append(" and id in (select p.videoId from VideoPerson p where lower(p.name) = :person"
                    + " or p.personId = :personId)");
            params.put("person", search.person().strip().toLowerCase(Locale.ROOT));
            params.put("personId", search.person().strip());
        }
        if (search.onlyIds() != null) {
            if (search.onlyIds().isEmpty()) {
                return Uni.createFrom().item(new Found(List.of(), 0));
            }
            query.append(" and id in :onlyIds");
            params.put("onlyIds", search.onlyIds());
        }
        if (search.status() != null) {
            query.append(" and status = :status");
            params.put("status", search.status());
        }
        var matches = find(query.toString(), Sort.descending("createdAt").and("id"), params);
        return matches.count().flatMap(total -> matches.page(Page.of(page, size)).list()
                .map(videos -> new Found(videos, total)));
    }

    /** Videos still processing whose last event is older than the cut-off: the watchdog's candidates. */
    public Uni<List<Video>> stalledSince(Instant cutOff, int limit) {
        return find("status = ?1 and updatedAt < ?2", Sort.ascending("updatedAt"), VideoStatus.PROCESSING, cutOff)
                .page(Page.ofSize(limit)).list();
    }

    private static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
