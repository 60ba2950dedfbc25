package io.framewise.status.service;

import io.framewise.events.CaptureCreated;
import io.framewise.events.CaptureRef;
import io.framewise.events.ObjectRef;
import io.framewise.events.Probe;
import io.framewise.events.RenderStart;
import io.framewise.events.Stage;
import io.framewise.status.domain.Capture;
import io.framewise.status.domain.Video;
import io.framewise.status.domain.VideoStatus;
import io.framewise.status.messaging.ReprocessPublisher;
import io.framewise.status.repository.CaptureRepository;
import io.framewise.status.repository.VideoRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Runs one stage of a finished video again ({@code POST /videos/{id}/retry?stage=}): the stage's results are
 * forgotten, the video is PROCESSING again, and the stage is asked to run on the low-priority lane. All of it in
 * one transaction, committed only once the broker has the request, so a retry is either wholly asked or not at all.
 * <ul>
 *   <li>preview, captures (and any other stage that listens to render.reprocess): a {@link RenderStart} listing
 *   only that stage on {@code render.reprocess}. New captures are labelled as usual (label-svc hears them).</li>
 *   <li>labels: label-svc has no work queue of its own to replay and capture-svc keeps no list of what it stored;
 *   status-svc does, so it announces each stored capture again on {@code capture.created} (new event ids), and
 *   label-svc labels them. Its own consumer of that topic just rewrites the same capture rows.</li>
 * </ul>
 */
@ApplicationScoped
public class StageRetry {

    private static final Logger LOG = Logger.getLogger(StageRetry.class);

    /** Why a retry cannot be done now: the HTTP answer and a message for people. */
    public record Refusal(int status, String message) {
    }

    /** Either the retry was asked (refusal null) or why not. */
    public record Outcome(Refusal refusal) {
        public boolean accepted() {
            return refusal == null;
        }
    }

    private final VideoRepository videos;
    private final CaptureRepository captures;
    private final ReprocessPublisher publisher;

    public StageRetry(VideoRepository videos, CaptureRepository captures, ReprocessPublisher publisher) {
        this.videos = videos;
        this.captures = captures;
        this.publisher = publisher;
    }

    public Uni<Outcome> retry(String videoId, Stage stage) {
        return Panache.withTransaction(() -> videos.lock(videoId).flatMap(video -> {
            Refusal refusal = refusal(video, videoId, stage);
            if (refusal != null) {
                return Uni.createFrom().item(new Outcome(refusal));
            }
            reset(video, stage);
            Uni<Void> asked = switch (stage) {
                case CAPTURES -> captures.delete("videoId", videoId).flatMap(ignored -> reprocess(video, stage));
                case LABELS -> captures.ofVideo(videoId).flatMap(all -> clearLabelsAndAnnounce(videoId, all));
                default -> reprocess(video, stage);
            };
            LOG.infof("video %s: %s stage retried", videoId, stage.wireName());
            return asked.replaceWith(new Outcome(null));
        }));
    }

    private static Refusal refusal(Video video, String videoId, Stage stage) {
        if (video == null || video.status == VideoStatus.DELETED) {
            return new Refusal(404, "video " + videoId + " not found");
        }
        if (stage == Stage.SESSION) {
            return new Refusal(409, "the session stage (the probe) is not retried: upload the video again");
        }
        if (video.status == VideoStatus.PROCESSING) {
            return new Refusal(409, "the video is still processing: a stage can be retried once it is READY or "
                    + "FAILED (a stalled video is failed by the watchdog)");
        }
        if (video.expectedStages == null || video.sourceKey == null || video.probe == null) {
            return new Refusal(409, "the video never got past its probe" + (video.error == null ? ""
                    : " (" + video.error + ")") + ": there is no stage to retry; upload it again");
        }
        List<String> expected = Arrays.asList(video.expectedStages.split(","));
        if (!expected.contains(stage.wireName())) {
            return new Refusal(409, "the video has no " + stage.wireName() + " stage (its stages: "
                    + video.expectedStages + ")");
        }
        if (video.failedStage != null && !video.failedStage.equals(stage.wireName())
                && !(stage == Stage.CAPTURES && video.failedStage.equals(Stage.LABELS.wireName()))) {
            return new Refusal(409, "the video failed at its " + video.failedStage + " stage: retry that one");
        }
        return null;
    }

    private static void reset(Video video, Stage stage) {
        video.status = VideoStatus.PROCESSING;
        video.failedStage = null;
        video.error = null;
        video.readyAt = null;
        video.updatedAt = Instant.now();
        switch (stage) {
            case PREVIEW -> {
                video.gif = null;
                video.webp = null;
            }
            case CAPTURES -> video.capturesExpected = null;
            default -> {
                // labels: the capture rows are cleared below; other stages keep nothing here yet
            }
        }
    }

    private Uni<Void> reprocess(Video video, Stage stage) {
        return publisher.reprocess(new RenderStart(video.id, UUID.randomUUID(), Instant.now(),
                new ObjectRef(video.sourceBucket, video.sourceKey), JsonColumns.read(video.probe, Probe.class),
                List.of(stage)));
    }

    private Uni<Void> clearLabelsAndAnnounce(String videoId, List<Capture> all) {
        List<Capture> stored = all.stream().filter(c -> c.key != null).toList();
        return captures.update("labels = null, faces = null, labeledAt = null where videoId = ?1", videoId)
                .flatMap(ignored -> publisher.announce(stored.stream()
                        .map(c -> CaptureCreated.of(videoId, new CaptureRef(c.idx, c.timeMs, c.key,
                                c.width == null ? 0 : c.width, c.height == null ? 0 : c.height)))
                        .toList()));
    }
}
