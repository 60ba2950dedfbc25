package io.framewise.status.service;

import io.framewise.status.domain.Video;
import io.framewise.status.domain.VideoStatus;
import io.framewise.status.repository.CaptureRepository;
import io.framewise.status.repository.VideoLabelRepository;
import io.framewise.status.repository.VideoRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Deletes a video: its rows (captures, labels) and objects go, its videos row stays as a DELETED tombstone.
 * The tombstone is what makes a delete during processing safe: stages still working on the video keep
 * sending events, and {@link VideoStateService} answers each of them by removing the video's objects again
 * instead of recording it, and never completes the video.
 */
@ApplicationScoped
public class VideoDeletion {

    private static final Logger LOG = Logger.getLogger(VideoDeletion.class);

    private final VideoRepository videos;
    private final CaptureRepository captures;
    private final VideoLabelRepository videoLabels;
    private final VideoPurger purger;

    public VideoDeletion(VideoRepository videos, CaptureRepository captures, VideoLabelRepository videoLabels,
                         VideoPurger purger) {
        this.videos = videos;
        this.captures = captures;
        this.videoLabels = videoLabels;
        this.purger = purger;
    }

    /**
     * Deletes the video; true if it exists or existed (deleting twice is fine), false if it was never seen.
     *
     * @param tombstoneIfUnknown the caller knows the video exists even though no event of it has arrived yet
     *                           (the gateway has just accepted it): leave a tombstone so its events are
     *                           cleaned up when they come
     */
    public Uni<Boolean> delete(String videoId, boolean tombstoneIfUnknown) {
        return Panache.withTransaction(() -> (tombstoneIfUnknown ? videos.ensureExists(videoId)
                        : Uni.createFrom().voidItem())
                        .flatMap(ignored -> videos.lock(videoId))
                        .flatMap(video -> video == null ? Uni.createFrom().item(false) : tombstone(video)))
                .call(found -> found ? purger.purgeObjects(videoId) : Uni.createFrom().voidItem());
    }

    private Uni<Boolean> tombstone(Video video) {
        if (video.status == VideoStatus.DELETED) {
            return Uni.createFrom().item(true);
        }
        LOG.infof("video %s deleted (was %s)", video.id, video.status);
        video.markDeleted(Instant.now());
        return captures.delete("videoId", video.id)
                .flatMap(ignored -> videoLabels.delete("videoId", video.id))
                .replaceWith(true);
    }
}
