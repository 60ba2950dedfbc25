package io.framewise.e2e;

import io.framewise.media.cli.FfmpegCli;
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
        return timed(List.of("-y", "-i", video.toString(), "-vf", "select='gt(scene,0.3)'", "-fps_mode", "vfr",
                "-q:v", "3", captures.resolve("%04d.jpg").toString()));
    }

    private static Duration timed(List<String> arguments) throws IOException {
        long started = System.nanoTime();
        FfmpegCli.run(arguments, 1800);
        return Duration.ofNanos(System.nanoTime() - started);
    }
}
