package io.framewise.status.service;

import io.framewise.events.CaptureCreated;
import io.framewise.events.FramewiseEvent;
import io.framewise.events.LabelsDone;
import io.framewise.events.PreviewCreated;
import io.framewise.events.RenderStart;
import io.framewise.events.Stage;
import io.framewise.events.StageFailed;
import io.framewise.events.StoryboardCreated;
import io.framewise.events.RenditionsCreated;
import io.framewise.events.TranscriptCreated;
import io.framewise.status.domain.column.JsonColumns;
import io.framewise.status.repository.TranscriptRepository;
import io.framewise.events.Topics;
import io.framewise.events.VideoUploaded;
import io.framewise.status.domain.Video;
import io.framewise.status.domain.VideoStatus;
import io.framewise.status.repository.CaptureRepository;
import io.framewise.status.repository.ProcessedEventRepository;
import io.framewise.status.repository.VideoRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * Applies each stage event to the video's state, once: the event id is recorded in the same transaction as
 * its effect, and the video row is locked so events of one video arriving on different topics apply one at
 * a time. After each event the video is completed if nothing is pending any more.
 */
@ApplicationScoped
public class VideoStateService {

    private static final Logger LOG = Logger.getLogger(VideoStateService.class);

    private final VideoRepository videos;
    private final CaptureRepository captures;
    private final ProcessedEventRepository processedEvents;
    private final VideoCompletion completion;
    private final VideoPurger purger;
    private final TranscriptRepository transcripts;

    public VideoStateService(VideoRepository videos, CaptureRepository captures,
                             ProcessedEventRepository processedEvents, VideoCompletion completion,
                             VideoPurger purger, TranscriptRepository transcripts) {
        this.videos = videos;
        this.captures = captures;
        this.processedEvents = processedEvents;
        this.completion = completion;
        this.purger = purger;
        this.transcripts = transcripts;
    }

    public Uni<Void> uploaded(VideoUploaded event) {
        return apply(event, Topics.VIDEO_UPLOADED, video -> {
            video.filename = event.filename();
            video.contentType = event.contentType();
            video.bytes = event.bytes();
            video.sourceBucket = event.bucket();
            video.sourceKey = event.key();
            video.uploadSource = event.source().wireName();
            return Uni.createFrom().voidItem();
        });
    }

    public Uni<Void> renderStarted(RenderStart event) {
        return apply(event, Topics.RENDER_START, video -> {
            video.sourceBucket = event.source().bucket();
            video.sourceKey = event.source().key();
            video.probe = event.probe();
            video.expectedStages = List.copyOf(event.stages());
            return Uni.createFrom().voidItem();
        });
    }

    public Uni<Void> previewCreated(PreviewCreated event) {
        return apply(event, Topics.PREVIEW_CREATED, video -> {
            video.gif = event.gif();
            video.webp = event.webp();
            video.models = StageModels.record(video.models, Stage.PREVIEW, event.models());
            return Uni.createFrom().voidItem();
        });
    }

    public Uni<Void> captureCreated(CaptureCreated event) {
        return apply(event, Topics.CAPTURE_CREATED, video -> {
            video.models = StageModels.record(video.models, Stage.CAPTURES, event.models());
            if (event.isCompletionMarker()) {
                video.capturesExpected = event.count();
                return Uni.createFrom().voidItem();
            }
            return captures.upsertCapture(event.videoId(), event.capture());
        });
    }

    public Uni<Void> labelsDone(LabelsDone event) {
        return apply(event, Topics.LABELS_DONE, video -> captures.upsertLabels(event.videoId(), event.index(),
                event.timeMs(), JsonColumns.write(event.labels()), JsonColumns.write(event.faces()),
                JsonColumns.write(event.models())));
    }

    public Uni<Void> storyboardCreated(StoryboardCreated event) {
        return apply(event, Topics.STORYBOARD_CREATED, video -> {
            video.storyboard = event;
            video.models = StageModels.record(video.models, Stage.STORYBOARD, event.models());
            return Uni.createFrom().voidItem();
        });
    }

    public Uni<Void> renditionsCreated(RenditionsCreated event) {
        return apply(event, Topics.RENDITIONS_CREATED, video -> {
            video.renditions = event;
            video.models = StageModels.record(video.models, Stage.TRANSCODE, event.models());
            return Uni.createFrom().voidItem();
        });
    }

    public Uni<Void> transcriptCreated(TranscriptCreated event) {
        return apply(event, Topics.TRANSCRIPT_CREATED, video -> {
            video.transcript = event;
            video.models = StageModels.record(video.models, Stage.TRANSCRIBE, event.models());
            return transcripts.upsert(event.videoId(), event.language(), event.text());
        });
    }

    public Uni<Void> stageFailed(StageFailed event) {
        return apply(event, Topics.STAGE_FAILED, video -> {
            if (video.failedStage == null) {
                video.failedStage = event.stage().wireName();
                video.error = event.reason();
            }
            return Uni.createFrom().voidItem();
        });
    }

    /**
     * Applies the change once, unless the video was deleted: then the event is dropped and, once the
     * transaction is committed, the video's objects are removed again (a stage that was still working when
     * the video was deleted has just written some).
     */
    private Uni<Void> apply(FramewiseEvent event, String topic, Function<Video, Uni<Void>> change) {
        return Panache.withTransaction(() -> processedEvents.markApplied(event.eventId(), event.videoId(), topic)
                .flatMap(firstTime -> {
                    if (!firstTime) {
                        LOG.debugf("%s %s of video %s was applied before; skipped", topic, event.eventId(),
                                event.videoId());
                        return Uni.createFrom().item(false);
                    }
                    return videos.ensureExists(event.videoId())
                            .flatMap(ignored -> videos.lock(event.videoId()))
                            .flatMap(video -> {
                                if (video.status == VideoStatus.DELETED) {
                                    LOG.infof("%s for deleted video %s: dropped, its objects removed", topic,
                                            event.videoId());
                                    return Uni.createFrom().item(true);
                                }
                                return change.apply(video)
                                        .flatMap(ignored -> {
                                            video.updatedAt = Instant.now();
                                            return completion.finishIfComplete(video);
                                        })
                                        .replaceWith(false);
                            });
                }))
                .flatMap(deleted -> deleted ? purger.purgeObjects(event.videoId()).replaceWithVoid()
                        : Uni.createFrom().voidItem());
    }
}
