package io.framewise.transcode.service;

import io.framewise.media.probe.MediaInfo;
import io.framewise.media.storyboard.StoryboardGeometry;
import io.framewise.media.storyboard.StoryboardSpec;
import io.framewise.media.transcode.Ladder;
import io.framewise.media.transcode.Rendition;
import io.framewise.media.transcode.Rung;
import io.framewise.media.transcode.TranscodePlan;
import io.framewise.media.transcode.TranscodeSettings;
import io.framewise.transcode.config.TranscodeConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns the configuration and what the probe found into the plan of one job: which renditions (never larger than
 * the source), the MP3 only if there is sound, the storyboard only if asked for, and the files in the job's
 * scratch directory where each output goes.
 */
@ApplicationScoped
public class TranscodePlanner {

    private final TranscodeConfig config;
    private final List<Rung> rungs;
    private final TranscodeSettings settings;
    private final StoryboardSpec storyboard;

    public TranscodePlanner(TranscodeConfig config) {
        this.config = config;
        this.rungs = rungs(config);
        this.settings = new TranscodeSettings(config.videoEncoder(), config.h264Profile(), config.encoderPreset(),
                config.audioBitrate(), config.hls().segmentSeconds());
        this.storyboard = new StoryboardSpec(config.storyboard().interval().toMillis(),
                config.storyboard().tileWidth(), config.storyboard().maxTiles(), config.storyboard().columns());
    }

    public TranscodePlan plan(Path source, MediaInfo info, boolean renditions, boolean sprite, Path directory)
            throws IOException {
        List<TranscodePlan.Output> outputs = new ArrayList<>();
        List<Path> playlists = new ArrayList<>();
        if (renditions) {
            for (Rendition rendition : Ladder.plan(info.width(), info.height(), rungs)) {
                outputs.add(new TranscodePlan.Output(rendition, directory.resolve(rendition.name() + ".mp4")));
                if (config.hls().enabled()) {
                    playlists.add(Files.createDirectories(directory.resolve("hls").resolve(rendition.name()))
                            .resolve("index.m3u8"));
                }
            }
        }
        Optional<Path> audio = renditions && info.hasAudio() ? Optional.of(directory.resolve("audio.mp3"))
                : Optional.empty();
        Optional<TranscodePlan.Sprite> board = sprite
                ? Optional.of(new TranscodePlan.Sprite(StoryboardGeometry.plan(info.durationMs(), info.width(),
                        info.height(), storyboard), directory.resolve("storyboard.rgb")))
                : Optional.empty();
        return new TranscodePlan(source, info.durationMs(), info.fps(), info.hasAudio(), outputs, audio, board,
                playlists, settings);
    }

    public java.time.Duration timeout() {
        return config.timeout();
    }

    /** The sprite's JPEG quality, 0..1. */
    public float spriteQuality() {
        return Math.max(1, Math.min(100, config.storyboard().jpegQuality())) / 100f;
    }

    private static List<Rung> rungs(TranscodeConfig config) {
        if (config.rungs().size() != config.videoBitrates().size()) {
            throw new IllegalStateException("framewise.transcode.rungs has " + config.rungs().size()
                    + " entries but framewise.transcode.video-bitrates has " + config.videoBitrates().size()
                    + ": give one bitrate per rung");
        }
        List<Rung> ladder = new ArrayList<>();
        for (int i = 0; i < config.rungs().size(); i++) {
            ladder.add(new Rung(config.rungs().get(i), config.videoBitrates().get(i)));
        }
        return List.copyOf(ladder);
    }
}
