package io.framewise.media.transcode;

import io.framewise.media.cli.FfmpegCli;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs the {@code ffmpeg} program JavaCV ships ({@link FfmpegCli#binary()}) with {@code -progress pipe:1} and hands
 * each progress report to a listener while it works, so a long transcode shows how far it is.
 */
public final class FfmpegRun {

    private static final int ERROR_TAIL_LINES = 4;

    private FfmpegRun() {
    }

    /**
     * Runs {@code ffmpeg ARGS}; {@code durationMs} (the source's) turns the output time into a fraction.
     *
     * @throws TranscodeException   FFmpeg failed (with its own last error lines) or took longer than the timeout
     * @throws InterruptedException the thread was interrupted; FFmpeg is stopped
     */
    public static void run(List<String> arguments, long durationMs, Duration timeout, Consumer<Progress> listener)
            throws TranscodeException, InterruptedException, IOException {
        Path binary = FfmpegCli.binary();
        List<String> command = new ArrayList<>(List.of(binary.toString(), "-hide_banner", "-nostdin", "-nostats",
                "-loglevel", "error", "-progress", "pipe:1"));
        command.addAll(arguments);
        Path errors = Files.createTempFile("ffmpeg", ".log");
        Process process = null;
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectError(errors.toFile());
            // Its libraries sit beside it, but some of them find each other only through the loader's path.
            builder.environment().put("LD_LIBRARY_PATH", binary.getParent().toString());
            process = builder.start();
            Thread reader = Thread.ofVirtual().name("ffmpeg-progress").start(readProgress(process, durationMs, listener));
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new TranscodeException("FFmpeg took longer than " + timeout.toMinutes() + " min and was stopped");
            }
            reader.join(TimeUnit.SECONDS.toMillis(5));
            if (process.exitValue() != 0) {
                throw new TranscodeException("FFmpeg failed (exit " + process.exitValue() + "): " + tail(errors));
            }
        } finally {
            if (process != null && process.isAlive()) {
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
            }
            Files.deleteIfExists(errors);
        }
    }

    private static Runnable readProgress(Process process, long durationMs, Consumer<Progress> listener) {
        return () -> {
            ProgressParser parser = new ProgressParser(durationMs);
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    parser.line(line).ifPresent(listener);
                }
            } catch (IOException e) {
                // the process ended or was stopped; its exit code tells the rest
            }
        };
    }

    /** FFmpeg's last few error lines: the first are often per-packet noise, the last say what failed. */
    private static String tail(Path errors) throws IOException {
        List<String> lines = Files.readAllLines(errors, StandardCharsets.UTF_8).stream()
                .map(String::strip).filter(l -> !l.isEmpty()).toList();
        if (lines.isEmpty()) {
            return "no message";
        }
        return String.join("; ", lines.subList(Math.max(0, lines.size() - ERROR_TAIL_LINES), lines.size()));
    }
}
