package io.framewise.session.service;

import io.framewise.events.EventIds;
import io.framewise.events.Probe;
import io.framewise.events.RenderStart;
import io.framewise.events.VideoUploaded;
import io.framewise.kit.storage.ObjectStore;
import io.framewise.kit.work.FailureReason;
import io.framewise.kit.work.Laps;
import io.framewise.kit.work.Scratch;
import io.framewise.kit.work.StageFailure;
import io.framewise.media.UnusableMediaException;
import io.framewise.media.probe.MediaInfo;
import io.framewise.media.probe.MediaProbe;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.time.Instant;
import org.jboss.logging.Logger;

/** Opens a session for an uploaded video: fetch it, probe it, check it, and say which stages must follow. */
@ApplicationScoped
public class SessionService {

    private static final Logger LOG = Logger.getLogger(SessionService.class);

    private final ObjectStore store;
    private final MediaProbe probe = new MediaProbe();
    private final VideoPolicy policy;
    private final StagePlan plan;

    public SessionService(ObjectStore store, VideoPolicy policy, StagePlan plan) {
        this.store = store;
        this.policy = policy;
        this.plan = plan;
    }

    /** The render.start for an acceptable video; a {@link StageFailure} with the reason for any other file. */
    public RenderStart open(VideoUploaded upload, Scratch scratch) throws StageFailure {
        Laps laps = new Laps();
        Path source = scratch.file("source");
        store.download(upload.object(), source);
        laps.lap("download");
        MediaInfo video;
        try {
            video = probe.probe(source);
        } catch (UnusableMediaException e) {
            throw new StageFailure(e.getMessage(), e);
        }
        laps.lap("probe");
        LOG.debugf("video %s session: %s", upload.videoId(), laps);
        var refusal = policy.refusal(video);
        if (refusal.isPresent()) {
            throw new StageFailure(FailureReason.REFUSED, refusal.get());
        }
        LOG.infof("video %s: %dx%d %s, %.1f s, %s", upload.videoId(), video.width(), video.height(),
                video.videoCodec(), video.durationMs() / 1000.0, video.hasAudio() ? video.audioCodec() : "silent");
        Probe probed = toProbe(video);
        return new RenderStart(upload.videoId(), EventIds.derive(upload.eventId(), "render.start"), Instant.now(),
                upload.object(), probed, plan.stagesFor(probed));
    }

    private static Probe toProbe(MediaInfo video) {
        return new Probe(video.durationMs(), video.width(), video.height(), video.fps(), video.videoCodec(),
                video.audioCodec(), video.bytes(), video.format());
    }
}
