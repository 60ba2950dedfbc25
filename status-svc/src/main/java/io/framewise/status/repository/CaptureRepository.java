package io.framewise.status.repository;

import io.framewise.events.CaptureRef;
import io.framewise.status.domain.Capture;
import io.framewise.status.domain.CaptureId;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Captures keyed by (video, index): a redelivered or repeated event overwrites its own row instead of
 * adding one, and labels may arrive before the capture event itself.
 */
@ApplicationScoped
public class CaptureRepository implements PanacheRepositoryBase<Capture, CaptureId> {

    public Uni<Void> upsertCapture(String videoId, CaptureRef capture) {
        return getSession().flatMap(session -> session.createNativeQuery("""
                        insert into captures (video_id, idx, time_ms, key, width, height)
                        values (:video, :idx, :time, :key, :width, :height)
                        on conflict (video_id, idx) do update
                        set time_ms = excluded.time_ms, key = excluded.key,
                            width = excluded.width, height = excluded.height""")
                .setParameter("video", videoId)
                .setParameter("idx", capture.index())
                .setParameter("time", capture.timeMs())
                .setParameter("key", capture.key())
                .setParameter("width", capture.width())
                .setParameter("height", capture.height())
                .executeUpdate())
                .replaceWithVoid();
    }

    public Uni<Void> upsertLabels(String videoId, int index, long timeMs, String labelsJson, String facesJson,
                                  String modelsJson) {
        return getSession().flatMap(session -> session.createNativeQuery("""
                        insert into captures (video_id, idx, time_ms, labels, faces, models, labeled_at)
                        values (:video, :idx, :time, :labels, :faces, :models, now())
                        on conflict (video_id, idx) do update
                        set labels = excluded.labels, faces = excluded.faces, models = excluded.models,
                            labeled_at = excluded.labeled_at""")
                .setParameter("video", videoId)
                .setParameter("idx", index)
                .setParameter("time", timeMs)
                .setParameter("labels", labelsJson)
                .setParameter("faces", facesJson)
                .setParameter("models", modelsJson)
                .executeUpdate())
                .replaceWithVoid();
    }

    /**
     * {@link #upsertLabels} for a batch in one statement. One statement may not update a row twice, so the caller
     * passes at most one event per capture (the latest).
     */
    public Uni<Void> upsertAllLabels(List<LabelsRow> rows) {
        if (rows.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        String json = JsonRows.of(rows.stream().map(row -> {
            Map<String, Object> columns = new HashMap<>();
            columns.put("video_id", row.videoId());
            columns.put("idx", row.index());
            columns.put("time_ms", row.timeMs());
            columns.put("labels", row.labelsJson());
            columns.put("faces", row.facesJson());
            columns.put("models", row.modelsJson());
            return columns;
        }).toList());
        return getSession().flatMap(session -> session.createNativeQuery("""
                        insert into captures (video_id, idx, time_ms, labels, faces, models, labeled_at)
                        select r.video_id, r.idx, r.time_ms, r.labels, r.faces, r.models, now()
                        from jsonb_to_recordset(cast(cast(:rows as text) as jsonb))
                            as r(video_id text, idx integer, time_ms bigint, labels text, faces text, models text)
                        on conflict (video_id, idx) do update
                        set labels = excluded.labels, faces = excluded.faces, models = excluded.models,
                            labeled_at = excluded.labeled_at""")
                .setParameter("rows", json)
                .executeUpdate())
                .replaceWithVoid();
    }

    /** One capture's labels and faces, as the JSON columns hold them. */
    public record LabelsRow(String videoId, int index, long timeMs, String labelsJson, String facesJson,
                            String modelsJson) {
    }

    public Uni<Long> countLabeled(String videoId) {
        return count("videoId = ?1 and labeledAt is not null", videoId);
    }

    public Uni<List<Capture>> ofVideo(String videoId) {
        return list("videoId", Sort.ascending("idx"), videoId);
    }
}
