package io.framewise.transcode.service;

import io.framewise.events.ObjectRef;
import io.framewise.events.RenderStart;
import io.framewise.kit.storage.ObjectStore;
import io.framewise.kit.work.Scratch;
import io.framewise.kit.work.StageFailure;
import io.framewise.media.UnusableMediaException;
import io.framewise.media.probe.MediaInfo;
import io.framewise.media.probe.MediaProbe;
import io.framewise.media.transcode.FfmpegRun;
import io.framewise.media.transcode.TranscodeCommands;
import io.framewise.media.transcode.TranscodeException;
import io.framewise.media.transcode.TranscodePlan;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * One video's renditions and/or storyboard: the source is fetched and probed here (the reasons a probe gives are
 * the ones people read), decoded ONCE by the ffmpeg program into every output, the storyboard stored and
 * announced, then the MP4s cut into HLS, and the renditions stored and announced.
 */
@ApplicationScoped
public class TranscodeService {

    private static final Logger LOG = Logger.getLogger(TranscodeService.class);

    private final ObjectStore store;
    private final TranscodePlanner planner;
    private final RenditionStore renditions;
    private final StoryboardStore storyboards;
    private final TranscodeProgress progress;
    private final MediaProbe probe = new MediaProbe();

    public TranscodeService(ObjectStore store, TranscodePlanner planner, RenditionStore renditions,
                            StoryboardStore storyboards, TranscodeProgress progress) {
        this.store = store;
        this.planner = planner;
        this.renditions = renditions;
        this.storyboards = storyboards;
        this.progress = progress;
    }

    public void run(RenderStart start, boolean transcode, boolean storyboard, Scratch scratch, Outcomes outcomes)
            throws StageFailure, IOException, InterruptedException {
        Path source = scratch.file("source");
        store.download(start.source(), source);
        MediaInfo info = probe(source);
        TranscodePlan plan = planner.plan(source, info, transcode, storyboard, scratch.directory());
        LOG.infof("video %s: %d s %dx%d → %s%s%s", start.videoId(), info.durationMs() / 1000, info.width(),
                info.height(), plan.renditions().stream().map(o -> o.rendition().name()).toList(),
                plan.audio().isPresent() ? " + mp3" : "", plan.storyboard().isPresent() ? " + storyboard" : "");
        List<List<String>> commands = TranscodeCommands.of(plan);
        try {
            long started = System.nanoTime();
            decode(start.videoId(), commands.get(0), info.durationMs());
            long decoded = System.nanoTime();
            if (plan.storyboard().isPresent()) {
                outcomes.storyboard(storyboards.store(start, plan.storyboard().get(), planner.spriteQuality()));
            }
            long boarded = System.nanoTime();
            if (transcode) {
                if (commands.size() > 1) {
                    FfmpegRun.run(commands.get(1), info.durationMs(), planner.timeout(), p -> { });
                }
                long segmented = System.nanoTime();
                outcomes.renditions(renditions.store(start, plan));
                LOG.infof("video %s: decode %d ms, storyboard %d ms, HLS %d ms, renditions stored %d ms",
                        start.videoId(), ms(decoded - started), ms(boarded - decoded), ms(segmented - boarded),
                        ms(System.nanoTime() - segmented));
            }
        } catch (TranscodeException e) {
            // FFmpeg refusing a file the probe accepted will refuse it again: no retry, the reason goes to people.
            throw new StageFailure("the video could not be transcoded: " + e.getMessage(), e);
        }
    }

    private void decode(String videoId, List<String> command, long durationMs)
            throws TranscodeException, IOException, InterruptedException {
        try {
            FfmpegRun.run(command, durationMs, planner.timeout(), progress.listener(videoId, durationMs));
        } finally {
            progress.finished(videoId);
        }
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }

    private MediaInfo probe(Path source) throws StageFailure {
        try {
            return probe.probe(source);
        } catch (UnusableMediaException e) {
            throw new StageFailure(e.getMessage(), e);
        }
    }
}
