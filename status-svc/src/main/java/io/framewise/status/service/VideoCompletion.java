package io.framewise.status.service;

import io.framewise.events.api.PersonSeen;
import io.framewise.events.Label;
import io.framewise.events.RenderReady;
import io.framewise.events.RenderStatus;
import io.framewise.status.config.StatusConfig;
import io.framewise.status.domain.Video;
import io.framewise.status.domain.VideoStatus;
import io.framewise.status.messaging.RenderReadyPublisher;
import io.framewise.status.metrics.CompletionMetrics;
import io.framewise.status.repository.CaptureRepository;
import io.framewise.status.repository.VideoLabelRepository;
import io.framewise.status.repository.VideoPersonRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Finishes a video inside the caller's transaction: writes metadata.json, sends render.ready and marks
 * the row final. The transaction commits (and the Kafka offset with it) only after both are stored, and
 * render.ready's event id is derived from the video and outcome, so a rare re-send after a crash carries
 * the same id and consumers can drop it. Each outcome sent is counted ({@link CompletionMetrics}).
 */
@ApplicationScoped
public class VideoCompletion {

    private final CaptureRepository captures;
    private final VideoLabelRepository videoLabels;
    private final VideoPersonRepository videoPeople;
    private final MetadataWriter metadataWriter;
    private final RenderReadyPublisher publisher;
    private final StatusConfig config;
    private final CompletionMetrics metrics;

    public VideoCompletion(CaptureRepository captures, VideoLabelRepository videoLabels,
                           VideoPersonRepository videoPeople, MetadataWriter metadataWriter,
                           RenderReadyPublisher publisher, StatusConfig config, CompletionMetrics metrics) {
        this.captures = captures;
        this.videoLabels = videoLabels;
        this.videoPeople = videoPeople;
        this.metadataWriter = metadataWriter;
        this.publisher = publisher;
        this.config = config;
        this.metrics = metrics;
    }

    /** Completes the video if every expected stage has reported; otherwise leaves it as it is. */
    public Uni<Void> finishIfComplete(Video video) {
        if (video.status.isFinal()) {
            return Uni.createFrom().voidItem();
        }
        if (video.failedStage != null) {
            return fail(video, video.error);
        }
        if (!CompletionRules.isComplete(video, Long.MAX_VALUE)) {
            // Another stage is still owed: not complete whatever the count, so no need to count the captures.
            return Uni.createFrom().voidItem();
        }
        return captures.countLabeled(video.id).flatMap(labeled -> CompletionRules.isComplete(video, labeled)
                ? ready(video) : Uni.createFrom().voidItem());
    }

    public Uni<Void> fail(Video video, String reason) {
        Instant now = Instant.now();
        video.status = VideoStatus.FAILED;
        video.error = reason;
        video.updatedAt = now;
        return publisher.publish(new RenderReady(video.id, outcomeId(video.id, RenderStatus.FAILED, video.retries), now,
                RenderStatus.FAILED, null, null, List.of(), reason))
                .invoke(metrics::failed);
    }

    private Uni<Void> ready(Video video) {
        Instant now = Instant.now();
        return captures.ofVideo(video.id).flatMap(all -> {
            List<Label> allLabels = AllLabels.merge(all.stream()
                    .map(c -> c.labelsOrNone()).toList());
            List<PersonSeen> people = PeopleSeen.of(all);
            video.status = VideoStatus.READY;
            video.readyAt = now;
            video.updatedAt = now;
            return metadataWriter.writePeople(video.id, people)
                    .flatMap(peopleKey -> {
                        video.peopleKey = peopleKey;
                        return metadataWriter.write(video.id, MetadataDocument.of(video, all, allLabels, people, now));
                    })
                    .flatMap(key -> {
                        video.metadataKey = key;
                        return videoLabels.replace(video.id, allLabels);
                    })
                    .flatMap(ignored -> videoPeople.replace(video.id, people))
                    .flatMap(ignored -> publisher.publish(new RenderReady(video.id,
                            outcomeId(video.id, RenderStatus.READY, video.retries), now, RenderStatus.READY, video.metadataKey,
                            video.gif, top(allLabels), null)))
                    .invoke(() -> metrics.ready(video.createdAt, now));
        });
    }

    private List<Label> top(List<Label> labels) {
        return labels.subList(0, Math.min(labels.size(), config.readyTopLabels()));
    }

    /** The same for a re-send of one outcome; a new id for the outcome of each retry. */
    static UUID outcomeId(String videoId, RenderStatus status, int retries) {
        String name = videoId + "/" + status.name() + (retries == 0 ? "" : "/retry-" + retries);
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

}
