package io.framewise.status.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The transcripts' text and its full-text index. PostgreSQL does the language work (stemming, stop words),
 * so "dogs running" finds "the dog runs"; queries take web-search syntax ({@code "exact phrase"}, {@code or},
 * {@code -word}).
 */
@ApplicationScoped
public class TranscriptRepository {

    /** Matches are capped: the list endpoint pages over at most this many transcript hits. */
    private static final int MAX_MATCHES = 10_000;

    public Uni<Void> upsert(String videoId, String language, String text) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                        insert into video_transcripts (video_id, language, body) values (:video, :language, :body)
                        on conflict (video_id) do update set language = excluded.language, body = excluded.body""")
                .setParameter("video", videoId)
                .setParameter("language", language)
                .setParameter("body", text)
                .executeUpdate())
                .replaceWithVoid();
    }

    /** Ids of the videos whose transcript matches the query, best match first. */
    @SuppressWarnings("unchecked")
    public Uni<List<String>> matching(String query) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                        select video_id from video_transcripts
                        where search @@ websearch_to_tsquery('english', :query)
                        order by ts_rank(search, websearch_to_tsquery('english', :query)) desc
                        limit :max""", String.class)
                .setParameter("query", query)
                .setParameter("max", MAX_MATCHES)
                .getResultList());
    }
}
