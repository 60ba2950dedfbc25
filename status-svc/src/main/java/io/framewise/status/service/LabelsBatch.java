package io.framewise.status.service;

import io.framewise.events.LabelsDone;
import io.framewise.events.Topics;
import io.framewise.status.domain.column.JsonColumns;
import io.framewise.status.domain.Video;
import io.framewise.status.domain.VideoStatus;
import io.framewise.status.repository.CaptureRepository;
import io.framewise.status.repository.CaptureRepository.LabelsRow;
import io.framewise.status.repository.ProcessedEventRepository;
import io.framewise.status.repository.VideoRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Applies a batch of labels.done in one transaction of a handful of statements, where one event at a time took
 * six each ({@link VideoStateService#labelsDone}): the batch's event ids are recorded at once and only the events
 * recorded now take effect (a redelivered one changes nothing); each video of the batch is created if needed and
 * locked once, in id order; the captures' labels are written in one statement; then each video is completed if
 * nothing is pending any more. Events of a deleted video are recorded but dropped, and the video's objects removed
 * after the commit, as for a single event.
 */
@ApplicationScoped
public class LabelsBatch {

    private static final Logger LOG = Logger.getLogger(LabelsBatch.class);

    private final VideoRepository videos;
    private final CaptureRepository captures;
    private final ProcessedEventRepository processedEvents;
    private final VideoCompletion completion;
    private final VideoPurger purger;

    public LabelsBatch(VideoRepository videos, CaptureRepository captures, ProcessedEventRepository processedEvents,
                       VideoCompletion completion, VideoPurger purger) {
        this.videos = videos;
        this.captures = captures;
        this.processedEvents = processedEvents;
        this.completion = completion;
        this.purger = purger;
    }

    /** Applies the events (in their order: of two events for one capture the later wins) and commits once. */
    public Uni<Void> apply(List<LabelsDone> batch) {
        List<LabelsDone> distinct = firstOfEachId(batch);
        if (distinct.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Panache.withTransaction(() -> processedEvents.markAllApplied(distinct, Topics.LABELS_DONE)
                        .flatMap(fresh -> applyFresh(distinct.stream().filter(e -> fresh.contains(e.eventId()))
                                .toList())))
                .flatMap(deleted -> Multi.createFrom().iterable(deleted)
                        .onItem().transformToUniAndConcatenate(purger::purgeObjects)
                        .collect().last().replaceWithVoid());
    }

    /** Returns the deleted videos the events named: their objects are removed once the transaction has committed. */
    private Uni<SortedSet<String>> applyFresh(List<LabelsDone> events) {
        if (events.isEmpty()) {
            return Uni.createFrom().item(new TreeSet<>());
        }
        SortedSet<String> ids = events.stream().map(LabelsDone::videoId).collect(Collectors.toCollection(TreeSet::new));
        return videos.ensureAllExist(ids)
                .flatMap(ignored -> videos.lockAll(ids))
                .flatMap(locked -> {
                    SortedSet<String> deleted = locked.stream().filter(v -> v.status == VideoStatus.DELETED)
                            .map(v -> v.id).collect(Collectors.toCollection(TreeSet::new));
                    deleted.forEach(id -> LOG.infof("labels.done for deleted video %s: dropped, its objects removed",
                            id));
                    List<Video> live = locked.stream().filter(v -> v.status != VideoStatus.DELETED).toList();
                    return captures.upsertAllLabels(latestPerCapture(events, deleted))
                            .flatMap(ignored -> completeEach(live))
                            .replaceWith(deleted);
                });
    }

    /** One at a time: a session runs one statement at a time. */
    private Uni<Void> completeEach(List<Video> live) {
        Instant now = Instant.now();
        return Multi.createFrom().iterable(live)
                .onItem().transformToUniAndConcatenate(video -> {
                    video.updatedAt = now;
                    return completion.finishIfComplete(video);
                })
                .collect().last().replaceWithVoid();
    }

    /** A batch may carry one event twice (a redelivery): only its first copy counts. */
    private static List<LabelsDone> firstOfEachId(List<LabelsDone> batch) {
        Map<UUID, LabelsDone> byId = new LinkedHashMap<>();
        batch.forEach(event -> byId.putIfAbsent(event.eventId(), event));
        return List.copyOf(byId.values());
    }

    /**
     * The rows to write: one statement may not update a row twice, and applied one by one the later of two
     * events for the same capture would have overwritten the earlier.
     */
    private static List<LabelsRow> latestPerCapture(List<LabelsDone> events, Set<String> deleted) {
        Map<String, LabelsRow> byCapture = new LinkedHashMap<>();
        for (LabelsDone event : events) {
            if (!deleted.contains(event.videoId())) {
                byCapture.put(event.videoId() + "#" + event.index(), new LabelsRow(event.videoId(), event.index(),
                        event.timeMs(), JsonColumns.write(event.labels()), JsonColumns.write(event.faces()),
                        JsonColumns.write(event.models())));
            }
        }
        return List.copyOf(byCapture.values());
    }
}
