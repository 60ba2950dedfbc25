package io.framewise.media.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.framewise.media.Clips;
import io.framewise.media.UnusableMediaException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzes the probe with random bytes and with mutations of real MP4 and WebM files (flipped bytes in the header
 * and the data, cut-offs, spliced junk), for a bounded time from a printed seed ({@code -Dfuzz.seed=…} replays,
 * {@code -Dfuzz.millis=…} sets the time). Every file must give either a {@link MediaInfo} or an
 * {@link UnusableMediaException} with a reason, within {@link #PER_FILE_SECONDS}: no other exception, no hang, no
 * crash of the JVM (FFmpeg is native code; a crash would end the test run).
 */
class MediaProbeFuzzTest {

    private static final long MILLIS = Long.getLong("fuzz.millis", 6000);
    private static final int PER_FILE_SECONDS = 20;

    private final MediaProbe probe = new MediaProbe();

    @Test
    void randomAndMutatedFilesGiveAVideoOrAReasonNeverACrashOrAHang(@TempDir Path dir) throws Exception {
        long seed = Long.getLong("fuzz.seed", System.nanoTime());
        Random random = new Random(seed);
        List<byte[]> seeds = List.of(Files.readAllBytes(Clips.fourColourShots()),
                Files.readAllBytes(Clips.vp9TwoShots()), Files.readAllBytes(Clips.audioOnly()));
        ExecutorService worker = Executors.newSingleThreadExecutor();
        long deadline = System.nanoTime() + MILLIS * 1_000_000;
        int cases = 0;
        int videos = 0;
        long slowestMs = 0;
        try {
            while (System.nanoTime() < deadline) {
                byte[] input = random.nextInt(5) == 0 ? randomBytes(random)
                        : mutated(random, seeds.get(random.nextInt(seeds.size())));
                Path file = Files.write(dir.resolve("fuzz-" + cases + ".bin"), input);
                cases++;
                long started = System.nanoTime();
                Future<MediaInfo> result = worker.submit(() -> probe.probe(file));
                try {
                    MediaInfo info = result.get(PER_FILE_SECONDS, TimeUnit.SECONDS);
                    assertThat(info.width()).isPositive();
                    assertThat(info.durationMs()).isPositive();
                    videos++;
                } catch (java.util.concurrent.ExecutionException e) {
                    if (!(e.getCause() instanceof UnusableMediaException unusable)) {
                        fail("seed " + seed + ", case " + cases + ": the probe threw " + e.getCause(), e.getCause());
                        return;
                    }
                    assertThat(unusable.getMessage()).as("reason").isNotBlank().doesNotContain("null");
                } catch (TimeoutException e) {
                    fail("seed " + seed + ", case " + cases + ": the probe hung for more than " + PER_FILE_SECONDS
                            + " s on a " + input.length + "-byte file");
                }
                slowestMs = Math.max(slowestMs, (System.nanoTime() - started) / 1_000_000);
                Files.delete(file);
            }
        } finally {
            worker.shutdownNow();
        }
        System.out.printf("[fuzz] media probe: %d files in %d ms (seed %d), %d probed as videos, %d refused with a "
                + "reason, slowest %d ms%n", cases, MILLIS, seed, videos, cases - videos, slowestMs);
        assertThat(cases).isGreaterThan(10);
    }

    private static byte[] randomBytes(Random random) {
        byte[] bytes = new byte[1 + random.nextInt(64 * 1024)];
        random.nextBytes(bytes);
        return bytes;
    }

    /** Flips bytes (mostly in the first kilobytes, where the container's header is), cuts, or splices junk in. */
    private static byte[] mutated(Random random, byte[] original) {
        byte[] bytes = original.clone();
        int mutations = 1 + random.nextInt(20);
        for (int i = 0; i < mutations; i++) {
            int limit = random.nextBoolean() ? Math.min(bytes.length, 4096) : bytes.length;
            int at = random.nextInt(limit);
            switch (random.nextInt(6)) {
                case 0 -> bytes = java.util.Arrays.copyOf(bytes, Math.max(1, at));
                case 1 -> {
                    int length = Math.min(bytes.length - at, 1 + random.nextInt(512));
                    byte[] junk = new byte[length];
                    random.nextBytes(junk);
                    System.arraycopy(junk, 0, bytes, at, length);
                }
                case 2 -> bytes[at] = (byte) 0xFF;
                case 3 -> bytes[at] = 0;
                default -> bytes[at] = (byte) random.nextInt(256);
            }
        }
        return bytes;
    }
}
