package io.framewise.status.service;

import io.framewise.events.Stage;
import io.framewise.status.config.StatusConfig;
import io.framewise.status.domain.Video;
import io.framewise.status.repository.CaptureRepository;
import io.framewise.status.repository.DatabaseFailures;
import io.framewise.status.repository.VideoRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Completion is decided by events alone; this only catches videos whose events stopped coming (a stage
 * crashed for good, a record went to a dead-letter queue) and fails them with a reason that names what
 * was still pending, so nothing stays PROCESSING forever.
 */
@ApplicationScoped
public class StallWatchdog {

    private static final Logger LOG = Logger.getLogger(StallWatchdog.class);

    private final VideoRepository videos;
    private final CaptureRepository captures;
    private final VideoCompletion completion;
    private final StatusConfig config;

    public StallWatchdog(VideoRepository videos, CaptureRepository captures, VideoCompletion completion,
                         StatusConfig config) {
        this.videos = videos;
        this.captures = captures;
        this.completion = completion;
        this.config = config;
    }

    @Scheduled(every = "${framewise.status.watchdog-every:30s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> failStalledVideos() {
        Instant cutOff = Instant.now().minus(config.stallLimit());
        return Panache.withSession(() -> videos.stalledSince(cutOff, config.stallBatch()))
                .onItem().transformToMulti(list -> Multi.createFrom().iterable(list))
                .onItem().transformToUniAndConcatenate(video -> failIfStillStalled(video.id, cutOff))
                .collect().asList()
                .replaceWithVoid()
                // A database restart is not a fault of the watchdog's: a line saying so, not an ERROR with a stack
                // trace from the scheduler every 30 s. The next run checks again.
                .onFailure(DatabaseFailures::isUnreachable).recoverWithItem(error -> {
                    LOG.warnf("stall check skipped: the database cannot be reached (%s)", error.getMessage());
                    return null;
                });
    }

    private Uni<Void> failIfStillStalled(String videoId, Instant cutOff) {
        return Panache.withTransaction(() -> videos.lock(videoId).flatMap(video -> {
            if (video == null || video.status.isFinal() || video.updatedAt.isAfter(cutOff)) {
                return Uni.createFrom().voidItem();
            }
            return captures.countLabeled(videoId).flatMap(labeled -> {
                String reason = "stalled: no progress for " + config.stallLimit().toMinutes()
                        + " minutes (still waiting for " + pending(video, labeled) + ")";
                LOG.warnf("video %s %s", videoId, reason);
                return completion.fail(video, reason);
            });
        }));
    }

    private static String pending(Video video, long labeled) {
        return CompletionRules.pendingStages(video, labeled).stream().map(Stage::wireName)
                .collect(Collectors.joining(", "));
    }
}
