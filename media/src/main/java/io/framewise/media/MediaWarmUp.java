package io.framewise.media;

import io.framewise.media.encode.GifEncoder;
import io.framewise.media.encode.JpegEncoder;
import io.framewise.media.encode.WebpEncoder;
import io.framewise.media.frames.Decoding;
import io.framewise.media.frames.FrameSampler;
import io.framewise.media.frames.FrameSize;
import io.framewise.media.frames.Timestamps;
import io.framewise.media.frames.VideoFrame;
import io.framewise.media.probe.MediaInfo;
import io.framewise.media.probe.MediaProbe;
import io.framewise.media.scene.SceneDetector;
import io.framewise.media.scene.SceneOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * One small job through the toolkit for a service to run while it starts: probe, seek-sample, GIF, WebP, scene
 * scan and JPEG on a bundled 2 s clip ({@code warmup.mp4}: 320×180 H.264 with AAC, a cut at 1 s). FFmpeg's native
 * libraries load, JavaCV's, ImageIO's and the filter graphs' classes initialise and the JIT sees each path once.
 * Without it the first video after a start paid for all of that: on the 2-core machine its captures and preview
 * came 2.5 s later than the next video's, its probe 1 s later. A service names this class as its
 * {@code framewise.warm-up.job} (service-kit's {@code StartupWarmUp} runs it as a {@code Supplier<Duration>}).
 */
public final class MediaWarmUp implements Supplier<Duration> {

    private static final String CLIP = "warmup.mp4";

    /** Runs {@link #run()}. */
    @Override
    public Duration get() {
        return run();
    }

    /** The name the start log gives it: "FFmpeg toolkit warmed up in … ms". */
    @Override
    public String toString() {
        return "FFmpeg toolkit";
    }

    /** Runs the job in a scratch directory it removes again, and returns how long it took. */
    public static Duration run() {
        long started = System.nanoTime();
        Path dir = null;
        try {
            dir = Files.createTempDirectory("framewise-warmup");
            Path clip = dir.resolve(CLIP);
            try (InputStream bundled = MediaWarmUp.class.getResourceAsStream(CLIP)) {
                if (bundled == null) {
                    throw new IllegalStateException(CLIP + " is missing from the media jar");
                }
                Files.copy(bundled, clip);
            }
            MediaInfo info = new MediaProbe().probe(clip);
            List<VideoFrame> frames = new FrameSampler(Decoding.FAST, 500)
                    .sample(clip, Timestamps.evenlySpaced(info.durationMs(), 4), new FrameSize(160, 160));
            new GifEncoder().encode(frames, Duration.ofMillis(200), dir.resolve("warmup.gif"));
            new WebpEncoder(75).encode(frames, Duration.ofMillis(200), dir.resolve("warmup.webp"));
            JpegEncoder jpeg = new JpegEncoder(0.85f);
            int captures = new SceneDetector(new SceneOptions(0.08, 500, 4, 100, new FrameSize(320, 320), 2500))
                    .detect(clip, info.durationMs(), capture -> jpeg.encode(capture.image()));
            if (frames.isEmpty() || captures == 0) {
                throw new IllegalStateException("the toolkit found no picture in its own warm-up clip");
            }
            return Duration.ofNanos(System.nanoTime() - started);
        } catch (UnusableMediaException e) {
            throw new IllegalStateException("the toolkit cannot read its own warm-up clip: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("the warm-up's scratch files failed", e);
        } finally {
            deleteQuietly(dir);
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a leftover in the temp directory is not worth failing a start for
        }
    }
}
