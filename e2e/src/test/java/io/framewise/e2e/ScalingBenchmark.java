package io.framewise.e2e;

import io.framewise.e2e.EventTimeline.Received;
import io.framewise.local.launcher.Stack;
import io.framewise.local.launcher.StackOptions;
import io.framewise.testkit.TestVideos;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Horizontal scaling, shown on this machine, printed, not asserted: the same burst of N videos (the scenes clip,
 * uploaded at once) through a stack with one process per worker service, then through one with more processes of
 * gif-, capture- and label-svc in the same consumer groups; throughput (videos/min, first upload to last
 * render.ready), each stage's latency per video, and the ratios. Run with {@code ./framewise bench scaling}
 * ({@code -Dbench.videos=8 -Dbench.scaled-workers=gif=2,capture=2,label=2}).
 */
public final class ScalingBenchmark {

    private static final int VIDEOS = Integer.getInteger("bench.videos", 8);
    private static final String SCALED = System.getProperty("bench.scaled-workers", "gif=2,capture=2,label=2");
    private static final int WARM_UP = 2;

    private ScalingBenchmark() {
    }

    /** One configuration's figures: the burst's wall time and each video's stage times. */
    record Burst(String workers, int processes, Duration wall, List<StageTimes> videos) {

        double videosPerMinute() {
            return videos.size() * 60_000.0 / wall.toMillis();
        }

        Duration median(Function<StageTimes, Duration> stage) {
            return BenchSupport.median(videos.stream().map(stage).toList());
        }

        Duration max(Function<StageTimes, Duration> stage) {
            return videos.stream().map(stage).max(Duration::compareTo).orElseThrow();
        }
    }

    public static void main(String[] args) throws Exception {
        Path clip = TestVideos.scenesWithPhotos();
        System.out.printf("%nmachine: %d cores, JDK %s; %d × the scenes clip (8 s 640x360, 4 shots, %d kB) "
                        + "uploaded at once, after %d warm-up videos%n", Runtime.getRuntime().availableProcessors(),
                Runtime.version(), VIDEOS, Files.size(clip) / 1000, WARM_UP);
        Burst single = burst("gif=1,capture=1,label=1", clip);
        Burst scaled = burst(SCALED, clip);
        report(single, scaled);
        System.exit(0);
    }

    private static Burst burst(String workers, Path clip) throws Exception {
        Path data = Files.createTempDirectory("framewise-scaling");
        long starting = System.nanoTime();
        try (Stack stack = Stack.start(StackOptions.ephemeral(RunningStack.projectRoot(), data).withWorkers(workers),
                step -> { })) {
            System.out.printf("%n[%s] stack of %d processes up in %.1f s; warming up…%n", workers,
                    stack.services().size(), (System.nanoTime() - starting) / 1e9);
            Gateway gateway = new Gateway(stack.gatewayUrl());
            String kafka = stack.endpoints().kafkaBootstrapServers();
            send(gateway, kafka, clip, WARM_UP);
            System.out.printf("[%s] sending %d videos at once…%n", workers, VIDEOS);
            List<StageTimes> videos = send(gateway, kafka, clip, VIDEOS);
            // Every video's times run from the burst's start, so the slowest end to end is the burst's wall time.
            Duration wall = videos.stream().map(StageTimes::endToEnd).max(Duration::compareTo).orElseThrow();
            return new Burst(workers, stack.services().size(), wall, videos);
        }
    }

    /**
     * Uploads {@code count} copies of the clip one right after the other, then waits for each render.ready; each
     * video's times start from the first upload.
     */
    private static List<StageTimes> send(Gateway gateway, String kafka, Path clip, int count) throws Exception {
        try (EventTimeline timeline = EventTimeline.open(kafka)) {
            Instant sentAt = Instant.now();
            Map<String, Instant> sent = new LinkedHashMap<>();
            for (int i = 0; i < count; i++) {
                sent.put(gateway.upload(clip, "burst-" + i + ".mp4"), sentAt);
            }
            List<StageTimes> times = new ArrayList<>();
            for (var video : sent.entrySet()) {
                List<Received> events = timeline.until(video.getKey(), Duration.ofMinutes(30));
                StageTimes stages = StageTimes.of(video.getValue(), events);
                if (!stages.status().equals("READY")) {
                    throw new IllegalStateException("a benchmark video did not come out READY: " + stages);
                }
                times.add(stages);
            }
            return times;
        }
    }

    private static void report(Burst single, Burst scaled) {
        System.out.printf("%n%-44s %18s %18s %7s%n", "burst of " + VIDEOS + " videos", single.workers(),
                scaled.workers(), "ratio");
        System.out.printf("%-44s %18d %18d%n", "service processes", single.processes(), scaled.processes());
        System.out.printf("%-44s %18s %18s %7.2f%n", "wall time (first upload → last render.ready)",
                BenchSupport.ms(single.wall()), BenchSupport.ms(scaled.wall()),
                BenchSupport.ratio(single.wall(), scaled.wall()));
        System.out.printf("%-44s %18.1f %18.1f %7.2f%n", "throughput (videos/min)", single.videosPerMinute(),
                scaled.videosPerMinute(), scaled.videosPerMinute() / single.videosPerMinute());
        System.out.println("per video, median (max); ratio of medians, single / scaled:");
        line("end to end (upload → render.ready)", single, scaled, StageTimes::endToEnd);
        line("  session (fetch + probe)", single, scaled, StageTimes::session);
        line("  preview (GIF + WebP)", single, scaled, StageTimes::preview);
        line("  captures (→ last capture.created)", single, scaled, StageTimes::captures);
        line("  labels (→ last labels.done)", single, scaled, StageTimes::labels);
        line("  label, per capture", single, scaled, StageTimes::labelPerCapture);
        line("  completion (last stage → render.ready)", single, scaled, StageTimes::completion);
        System.out.printf("(stage times include waiting for a free worker: the %d videos arrive together)%n", VIDEOS);
    }

    private static void line(String what, Burst single, Burst scaled, Function<StageTimes, Duration> stage) {
        System.out.printf("%-44s %18s %18s %7.2f%n", what, figure(single, stage), figure(scaled, stage),
                BenchSupport.ratio(single.median(stage), scaled.median(stage)));
    }

    private static String figure(Burst burst, Function<StageTimes, Duration> stage) {
        return BenchSupport.ms(burst.median(stage)) + " (" + burst.max(stage).toMillis() + ")";
    }
}
