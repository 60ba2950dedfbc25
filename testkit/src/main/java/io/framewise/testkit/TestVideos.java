package io.framewise.testkit;

import io.framewise.media.synth.BrokenFiles;
import io.framewise.media.synth.ClipGenerator;
import io.framewise.media.synth.ClipSpec;
import io.framewise.media.synth.Shot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Real video files for tests, made with the FFmpeg program JavaCV ships and cached for the JVM's lifetime:
 * clips of any length and size, clips with hard scene cuts between photos a model can label, and the
 * broken files of bad-input tests.
 */
public final class TestVideos {

    private static final Map<String, Path> MADE = new ConcurrentHashMap<>();
    private static Path workDirectory;

    private TestVideos() {
    }

    /** A test pattern with a 440 Hz tone, H.264 + AAC in MP4. */
    public static Path clip(Duration length, int width, int height, double fps) {
        String name = "clip-" + length.toMillis() + "ms-" + width + "x" + height + "-" + fps + ".mp4";
        return made(name, target -> ClipGenerator.generate(ClipSpec.of(length, width, height, fps), target));
    }

    /**
     * Four shots joined by hard cuts, each a photo with things a COCO model knows or a test pattern:
     * dog and bicycle (2 s), colour bars (2 s), horses (2 s), a person with a dog and a horse (2 s).
     * 640x360, 25 fps, with a tone. Expect 4 captures and labels such as Dog, Horse, Person.
     */
    public static Path scenesWithPhotos() {
        return made("scenes-with-photos.mp4", target -> ClipGenerator.generate(new ClipSpec(640, 360, 25, List.of(
                Shot.photo(TestPhotos.file("dog.jpg"), Duration.ofSeconds(2)),
                Shot.pattern("smptebars", Duration.ofSeconds(2)),
                Shot.photo(TestPhotos.file("horses.jpg"), Duration.ofSeconds(2)),
                Shot.photo(TestPhotos.file("person.jpg"), Duration.ofSeconds(2))), 440, "h264", 1), target));
    }

    /** {@link #scenesWithPhotos()}'s shots over {@code length}, at 1280x720 30 fps: the benchmark's clip. */
    public static Path benchmarkClip(Duration length) {
        long shots = 6;
        Duration each = length.dividedBy(shots);
        List<Shot> cycle = List.of(
                Shot.photo(TestPhotos.file("dog.jpg"), each), Shot.pattern("testsrc2", each),
                Shot.photo(TestPhotos.file("horses.jpg"), each), Shot.pattern("smptebars", each),
                Shot.photo(TestPhotos.file("person.jpg"), each), Shot.pattern("mandelbrot", each));
        return made("bench-" + length.toSeconds() + "s-1280x720.mp4", target -> ClipGenerator.generate(
                new ClipSpec(1280, 720, 30, cycle, 440, "h264", 2), target));
    }

    /** A file that is not a usable video, with the reason a probe should give. */
    public enum Broken {
        EMPTY, TEXT, HEADER_ONLY, TRUNCATED, MOOV_MISSING, AUDIO_ONLY, STILL_IMAGE
    }

    public static Path broken(Broken kind) {
        Path good = scenesWithPhotos();
        return made("broken-" + kind.name().toLowerCase() + ".mp4", target -> switch (kind) {
            case EMPTY -> BrokenFiles.empty(target);
            case TEXT -> BrokenFiles.text(target);
            case HEADER_ONLY -> BrokenFiles.headerOnly(good, target);
            case TRUNCATED -> BrokenFiles.truncated(good, 0.4, target);
            case MOOV_MISSING -> BrokenFiles.moovMissing(good, target);
            case AUDIO_ONLY -> BrokenFiles.audioOnly(target);
            case STILL_IMAGE -> BrokenFiles.stillImage(target);
        });
    }

    /** Where generated clips are kept for this JVM (made once). */
    public static synchronized Path workDirectory() throws IOException {
        if (workDirectory == null) {
            workDirectory = Files.createTempDirectory("framewise-test-videos");
            Path dir = workDirectory;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(dir), "test-videos-cleanup"));
        }
        return workDirectory;
    }

    private static Path made(String name, Maker maker) {
        return MADE.computeIfAbsent(name, n -> {
            try {
                return maker.make(workDirectory().resolve(n));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot make test video " + n, e);
            }
        });
    }

    private static void deleteQuietly(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp directory; the OS cleans it eventually
        }
    }

    private interface Maker {
        Path make(Path target) throws IOException;
    }
}
