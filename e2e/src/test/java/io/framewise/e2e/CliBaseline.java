package io.framewise.e2e;

import io.framewise.media.cli.FfmpegCli;
import io.framewise.media.storyboard.StoryboardGeometry;
import io.framewise.media.storyboard.StoryboardSpec;
import io.framewise.media.transcode.Ladder;
import io.framewise.media.transcode.Rendition;
import io.framewise.media.transcode.Rung;
import io.framewise.media.transcode.TranscodeCommands;
import io.framewise.media.transcode.TranscodePlan;
import io.framewise.media.transcode.TranscodeSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The same work done by the bare {@code ffmpeg} program that JavaCV ships (what S1's Lambdas ran): a
 * palettegen GIF of 10 frames spread over the video at 320 px, and JPEG captures at scene changes.
 */
final class CliBaseline {

    private CliBaseline() {
    }

    static Duration gif(Path video, long durationMs, Path dir) throws IOException {
        String rate = String.format(Locale.ROOT, "%.6f", 10_000.0 / durationMs);
        return timed(List.of("-y", "-i", video.toString(), "-vf", "fps=" + rate + ",scale=320:-2:flags=area,"
                + "split[a][b];[a]palettegen=stats_mode=full[p];[b][p]paletteuse=dither=sierra2_4a", "-loop", "0",
                dir.resolve("cli.gif").toString()));
    }

    static Duration captures(Path video, Path dir) throws IOException {
        Path captures = Files.createDirectories(dir.resolve("cli-captures"));
        // Full-range output: FFmpeg's JPEG encoder refuses the limited-range YUV that cameras, phones and x264 write.
        return timed(List.of("-y", "-i", video.toString(), "-vf", "select='gt(scene,0.3)'", "-fps_mode", "vfr",
                "-q:v", "3", "-pix_fmt", "yuvj420p", captures.resolve("%04d.jpg").toString()));
    }

    /**
     * transcode-svc's own ffmpeg commands ({@link TranscodeCommands}: one decode into the 720p and 360p MP4s, the MP3
     * and the storyboard tiles, then the HLS cut) for its default ladder and settings, run bare: the stage minus
     * the download, the probe, the sprite assembly, the uploads and the events.
     */
    static Duration transcode(Path video, long durationMs, int width, int height, double fps, Path dir)
            throws IOException {
        Path out = Files.createDirectories(dir.resolve("cli-transcode"));
        List<TranscodePlan.Output> outputs = new java.util.ArrayList<>();
        List<Path> playlists = new java.util.ArrayList<>();
        for (Rendition rendition : Ladder.plan(width, height, List.of(new Rung(720, 2_500_000), new Rung(360, 800_000)))) {
            outputs.add(new TranscodePlan.Output(rendition, out.resolve(rendition.name() + ".mp4")));
            playlists.add(Files.createDirectories(out.resolve("hls").resolve(rendition.name())).resolve("index.m3u8"));
        }
        TranscodePlan plan = new TranscodePlan(video, durationMs, fps, true, outputs,
                java.util.Optional.of(out.resolve("audio.mp3")),
                java.util.Optional.of(new TranscodePlan.Sprite(StoryboardGeometry.plan(durationMs, width, height,
                        new StoryboardSpec(2_000, 160, 100, 10)), out.resolve("storyboard.rgb"))),
                playlists, TranscodeSettings.defaults());
        long started = System.nanoTime();
        for (List<String> command : TranscodeCommands.of(plan)) {
            FfmpegCli.run(command, 1800);
        }
        return Duration.ofNanos(System.nanoTime() - started);
    }

    private static Duration timed(List<String> arguments) throws IOException {
        long started = System.nanoTime();
        FfmpegCli.run(arguments, 1800);
        return Duration.ofNanos(System.nanoTime() - started);
    }
}
