package io.framewise.e2e;

import io.framewise.media.synth.ClipGenerator;
import io.framewise.media.synth.ClipSpec;
import io.framewise.media.synth.Shot;
import io.framewise.testkit.TestVideos;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/**
 * The bad-input corpus: files that are no usable video, or barely one. Each says what a careful pipeline must
 * make of it: refused at the gateway (a 4xx), FAILED with a reason containing {@code reason}, or, for odd but
 * valid videos, any final outcome (READY, or FAILED with a reason) as long as it ends.
 */
record BadInput(String name, Supplier<Path> file, Outcome expected, String reason) {

    enum Outcome { REFUSED_AT_GATEWAY, FAILED, FINAL }

    @Override
    public String toString() {
        return name;
    }

    static List<BadInput> corpus() {
        return List.of(
                new BadInput("empty file", () -> TestVideos.broken(TestVideos.Broken.EMPTY),
                        Outcome.REFUSED_AT_GATEWAY, "empty"),
                new BadInput("plain text named .mp4", () -> TestVideos.broken(TestVideos.Broken.TEXT),
                        Outcome.FAILED, "not a readable video"),
                new BadInput("truncated MP4", () -> TestVideos.broken(TestVideos.Broken.TRUNCATED),
                        Outcome.FAILED, ""),
                new BadInput("MP4 without its moov atom", () -> TestVideos.broken(TestVideos.Broken.MOOV_MISSING),
                        Outcome.FAILED, ""),
                new BadInput("header only", () -> TestVideos.broken(TestVideos.Broken.HEADER_ONLY),
                        Outcome.FAILED, ""),
                new BadInput("audio only", () -> TestVideos.broken(TestVideos.Broken.AUDIO_ONLY),
                        Outcome.FAILED, "audio only"),
                new BadInput("still image named .mp4", () -> TestVideos.broken(TestVideos.Broken.STILL_IMAGE),
                        Outcome.FAILED, "still image"),
                new BadInput("HLS playlist naming a file of the server", () -> written("playlist.m3u8", """
                        #EXTM3U
                        #EXT-X-TARGETDURATION:10
                        #EXTINF:10.0,
                        /etc/hostname
                        #EXT-X-ENDLIST
                        """), Outcome.FAILED, "not a readable video"),
                new BadInput("concat list naming a file of the server", () -> written("list.ffconcat",
                        "ffconcat version 1.0\nfile '/etc/hostname'\n"), Outcome.FAILED, "not a readable video"),
                new BadInput("0.1 s clip", () -> TestVideos.clip(Duration.ofMillis(100), 320, 240, 25),
                        Outcome.FINAL, null),
                new BadInput("no keyframe after the first", () -> made("one-keyframe.mp4", new ClipSpec(320, 240, 25,
                        List.of(Shot.pattern("testsrc2", Duration.ofSeconds(6))), 440, "h264", 1000)),
                        Outcome.FINAL, null),
                new BadInput("very wide, beyond the limit (9000x16)", () -> made("wide-9000x16.webm",
                        vp9(9000, 16)), Outcome.FAILED, "largest accepted side is 8192"),
                new BadInput("very tall, beyond the limit (16x9000)", () -> made("tall-16x9000.webm",
                        vp9(16, 9000)), Outcome.FAILED, "largest accepted side is 8192"),
                new BadInput("very wide, within the limit (4000x16)", () -> made("wide-4000x16.webm",
                        vp9(4000, 16)), Outcome.FINAL, null),
                new BadInput("very tall, within the limit (16x4000)", () -> made("tall-16x4000.webm",
                        vp9(16, 4000)), Outcome.FINAL, null));
    }

    private static synchronized Path written(String name, String content) {
        try {
            return Files.writeString(DIR.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + name, e);
        }
    }

    private static ClipSpec vp9(int width, int height) {
        return new ClipSpec(width, height, 10, List.of(Shot.pattern("testsrc2", Duration.ofSeconds(2))), 0, "vp9", 1);
    }

    private static final Path DIR = directory();

    private static synchronized Path made(String name, ClipSpec spec) {
        Path target = DIR.resolve(name);
        if (Files.isRegularFile(target)) {
            return target;
        }
        try {
            return ClipGenerator.generate(spec, target);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make " + name, e);
        }
    }

    private static Path directory() {
        try {
            Path dir = Files.createTempDirectory("framewise-bad-input");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
