package io.framewise.status.service;

import io.framewise.events.CaptureCreated;
import io.framewise.events.CaptureRef;
import io.framewise.events.ObjectRef;
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
import java.util.stream.Collectors;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Runs one stage of a finished video again ({@code POST /videos/{id}/retry?stage=}): the stage's results are
 * forgotten, the video is PROCESSING again, and the stage is asked to run on the low-priority lane. All of it in
 * one transaction, committed only once the broker has the request, so a retry is either wholly asked or not at all.
 * Any other stage the video still lacks is asked for with it (see {@link #ask}).
 * <ul>
 *   <li>preview, captures (and any other stage that listens to render.reprocess): a {@link RenderStart} listing
 *   only those stages on {@code render.reprocess}. New captures are labelled as usual (label-svc hears them).</li>
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
            Uni<Void> cleared = switch (stage) {
                case CAPTURES -> captures.delete("videoId", videoId).replaceWithVoid();
                case LABELS -> captures.update("labels = null, faces = null, labeledAt = null where videoId = ?1",
                        videoId).replaceWithVoid();
                default -> Uni.createFrom().voidItem();
            };
            return cleared.flatMap(ignored -> captures.countLabeled(videoId))
                    .flatMap(labeled -> ask(video, stage, labeled))
                    .replaceWith(new Outcome(null));
        }));
    }

    /**
     * Asks for the stage, and for any other stage the video still lacks: two stages may have failed (only the first
     * failure is kept as the reason), and their events are long consumed, so without this the video would wait for
     * the second one until the watchdog fails it again.
     */
    private Uni<Void> ask(Video video, Stage stage, long labeled) {
        Set<Stage> wanted = new LinkedHashSet<>();
        wanted.add(stage);
        wanted.addAll(CompletionRules.pendingStages(video, labeled));
        wanted.remove(Stage.SESSION);
        List<Stage> rendered = wanted.stream().filter(s -> s != Stage.LABELS).toList();
        LOG.infof("video %s: %s stage retried (asking for %s)", video.id, stage.wireName(), wanted);
        Uni<Void> asked = rendered.isEmpty() ? Uni.createFrom().voidItem() : reprocess(video, rendered);
        // New captures get labelled anyway; without them, label-svc is given the stored ones still unlabelled.
        if (wanted.contains(Stage.LABELS) && !wanted.contains(Stage.CAPTURES)) {
            asked = asked.flatMap(ignored -> captures.ofVideo(video.id)).flatMap(this::announceUnlabelled);
        }
        return asked;
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
        if (!video.expectedStages.contains(stage)) {
            return new Refusal(409, "the video has no " + stage.wireName() + " stage (its stages: "
                    + video.expectedStages.stream().map(Stage::wireName).collect(Collectors.joining(",")) + ")");
        }
        if (video.failedStage != null && !video.failedStage.equals(stage.wireName())
                && !(stage == Stage.CAPTURES && video.failedStage.equals(Stage.LABELS.wireName()))) {
            return new Refusal(409, "the video failed at its " + video.failedStage + " stage: retry that one");
        }
        return null;
    }

    private static void reset(Video video, Stage stage) {
        video.status = VideoStatus.PROCESSING;
        video.retries++;
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
            case STORYBOARD -> video.storyboard = null;
            case TRANSCODE -> video.renditions = null;
            case TRANSCRIBE -> video.transcript = null;
            default -> {
                // labels: the capture rows are cleared below
            }
        }
    }

    private Uni<Void> reprocess(Video video, List<Stage> stages) {
        return publisher.reprocess(new RenderStart(video.id, UUID.randomUUID(), Instant.now(),
                new ObjectRef(video.sourceBucket, video.sourceKey), video.probe,
                stages));
    }

    private Uni<Void> announceUnlabelled(List<Capture> all) {
        return publisher.announce(all.stream().filter(c -> c.key != null && c.labeledAt == null)
                .map(c -> CaptureCreated.of(c.videoId, new CaptureRef(c.idx, c.timeMs, c.key,
                        c.width == null ? 0 : c.width, c.height == null ? 0 : c.height)))
                .toList());
    }
}
