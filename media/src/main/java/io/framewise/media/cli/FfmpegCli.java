package io.framewise.media.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bytedeco.javacpp.Loader;

/**
 * The {@code ffmpeg} command-line program that JavaCV's FFmpeg package ships next to its libraries. The
 * services never need it; it makes test clips and is the baseline the benchmark compares against.
 */
public final class FfmpegCli {

    private static Path binary;

    private FfmpegCli() {
    }

    /** The binary, extracted from its jar on first use. */
    public static synchronized Path binary() {
        if (binary == null) {
            binary = Path.of(Loader.load(org.bytedeco.ffmpeg.ffmpeg.class));
        }
        return binary;
    }

    /**
     * Runs {@code ffmpeg -hide_banner -loglevel error ARGS} and waits; throws with FFmpeg's own message if it
     * fails or takes longer than {@code timeoutSeconds}.
     */
    public static void run(List<String> arguments, long timeoutSeconds) throws IOException {
        List<String> command = new ArrayList<>(List.of(binary().toString(), "-hide_banner", "-nostdin",
                "-loglevel", "error"));
        command.addAll(arguments);
        Path errors = Files.createTempFile("ffmpeg", ".log");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(errors.toFile());
            // Its libraries sit beside it, but some of them find each other only through the loader's path.
            builder.environment().put("LD_LIBRARY_PATH", binary().getParent().toString());
            Process process = builder.start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("ffmpeg took longer than " + timeoutSeconds + " s: " + String.join(" ", arguments));
            }
            if (process.exitValue() != 0) {
                throw new IOException("ffmpeg failed (exit " + process.exitValue() + "): "
                        + Files.readString(errors, StandardCharsets.UTF_8).trim());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while ffmpeg ran", e);
        } finally {
            Files.deleteIfExists(errors);
        }
    }
}
