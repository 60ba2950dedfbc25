package io.framewise.e2e;

import static io.framewise.e2e.BenchSupport.median;
import static io.framewise.e2e.BenchSupport.ms;
import static io.framewise.e2e.BenchSupport.ratio;
import static io.framewise.e2e.BenchSupport.run;
import static io.framewise.e2e.BenchSupport.timedSetup;

import io.framewise.local.launcher.ServiceProcess;
import io.framewise.media.cli.FfmpegCli;
import io.framewise.testkit.TestVideos;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The pipeline's speed on this machine, printed, not asserted: a 30 s 1280x720 30 fps clip end to end through
 * the real service processes (upload → render.ready, and each stage), against the bare ffmpeg program doing
 * the same GIF and captures on the same file in the same run; then a 10-minute clip's preview against the 30 s
 * one's. Run with {@code ./framewise bench} (or {@code ./mvnw -pl e2e verify -Pbench}).
 */
public final class PipelineBenchmark {

    private static final int RUNS = Integer.getInteger("bench.runs", 5);
    /**
     * Videos sent before the measured runs. A freshly started JVM compiles its hot paths over its first few dozen
     * videos: the end-to-end time settles after about 15 here, and after 40 the JIT still took about 0.3 s of CPU per
     * video across the stack. A service runs for days, so the runs measure it warm; the warm-up videos' times are
     * printed too (the first is the cold stack's), not hidden.
     */
    private static final int WARMUP = Integer.getInteger("bench.warmup", 20);
    private static final int LONG_MINUTES = Integer.getInteger("bench.long-minutes", 10);
    private static final Duration IDLE_SAMPLE = Duration.ofSeconds(5);
    /** The stages session-svc plans (the launcher passes the variable on to it); all six when unset. */
    private static final String STAGES = Optional.ofNullable(System.getenv("FRAMEWISE_SESSION_STAGES"))
            .filter(s -> !s.isBlank()).orElse("preview,captures,labels,storyboard,transcode,transcribe");

    private PipelineBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        var stack = RunningStack.get();
        Gateway gateway = new Gateway(stack.gatewayUrl());
        System.out.printf("%nmachine: %d cores, JDK %s, load average %.1f; stack: %s; stages: %s%n",
                Runtime.getRuntime().availableProcessors(), Runtime.version(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                stack.services().stream().map(ServiceProcess::name).toList(), STAGES);

        Path clip = timedSetup("30 s 1280x720 30 fps clip", () -> TestVideos.benchmarkClip(Duration.ofSeconds(30)));
        Path work = Files.createTempDirectory("framewise-bench");
        FfmpegCli.binary();

        System.out.printf("warming up (%d videos and one CLI run, not counted)…%n", WARMUP);
        List<Duration> warmup = new ArrayList<>();
        for (int i = 0; i < Math.max(1, WARMUP); i++) {
            warmup.add(run(gateway, stack.endpoints().kafkaBootstrapServers(), clip).endToEnd());
        }
        System.out.printf("  end to end while warming up: %s (the first is the cold stack's first video)%n",
                warmup.stream().map(d -> String.valueOf(d.toMillis())).toList());
        CliBaseline.gif(clip, 30_000, work);
        CliBaseline.captures(clip, work);

        Map<String, Duration> idleBefore = CpuMeter.services(stack.services());
        Thread.sleep(IDLE_SAMPLE.toMillis());
        Map<String, Duration> idle = CpuMeter.difference(idleBefore, CpuMeter.services(stack.services()));

        List<StageTimes> pipeline = new ArrayList<>();
        List<Map<String, Duration>> pipelineCpu = new ArrayList<>();
        List<Duration> cliGif = new ArrayList<>();
        List<Duration> cliCaptures = new ArrayList<>();
        List<Duration> cliCpu = new ArrayList<>();
        List<Duration> cliTranscode = new ArrayList<>();
        boolean laterStages = STAGES.contains("transcode");
        for (int i = 0; i < RUNS; i++) {
            Map<String, Duration> cpuBefore = CpuMeter.services(stack.services());
            pipeline.add(run(gateway, stack.endpoints().kafkaBootstrapServers(), clip));
            pipelineCpu.add(CpuMeter.difference(cpuBefore, CpuMeter.services(stack.services())));
            Duration childrenBefore = CpuMeter.waitedForChildren();
            cliGif.add(CliBaseline.gif(clip, 30_000, work));
            cliCaptures.add(CliBaseline.captures(clip, work));
            cliCpu.add(CpuMeter.waitedForChildren().minus(childrenBefore));
            if (laterStages) {
                cliTranscode.add(CliBaseline.transcode(clip, 30_000, 1280, 720, 30, work));
            }
        }
        report(pipeline, cliGif, cliCaptures);
        reportCpu(pipelineCpu, cliCpu, idle, median(pipeline, StageTimes::endToEnd));
        if (laterStages) {
            reportLaterStages(pipeline, median(cliTranscode));
        }

        if (LONG_MINUTES > 0) {
            Path longClip = timedSetup(LONG_MINUTES + "-minute 1280x720 clip",
                    () -> TestVideos.benchmarkClip(Duration.ofMinutes(LONG_MINUTES)));
            StageTimes longRun = run(gateway, stack.endpoints().kafkaBootstrapServers(), longClip);
            Duration shortPreview = median(pipeline, StageTimes::preview);
            System.out.printf("%n%d-minute clip: preview stage %s (30 s clip: %s) → ratio %.2f (target ≤ 2.0); "
                            + "captures %s for %d captures; end to end %s%n", LONG_MINUTES, ms(longRun.preview()),
                    ms(shortPreview), ratio(longRun.preview(), shortPreview), ms(longRun.captures()),
                    longRun.captureCount(), ms(longRun.endToEnd()));
        }
        long rss = stack.residentBytes().values().stream().mapToLong(Long::longValue).sum();
        System.out.printf("%nresident memory of the whole stack after the runs: %d MiB%n", rss / (1024 * 1024));
        System.exit(0);
    }

    private static void report(List<StageTimes> runs, List<Duration> cliGif, List<Duration> cliCaptures) {
        System.out.printf("%n30 s 1280x720 30 fps clip, median of %d runs (min … max):%n", runs.size());
        line("end to end (upload → render.ready)", runs, StageTimes::endToEnd);
        line("  upload (HTTP → video.uploaded)", runs, StageTimes::upload);
        line("  session (→ render.start: fetch + probe)", runs, StageTimes::session);
        line("  preview (→ preview.created: GIF + WebP)", runs, StageTimes::preview);
        line("  captures (→ last capture.created)", runs, StageTimes::captures);
        line("  labels (→ last labels.done)", runs, StageTimes::labels);
        line("  label, per capture", runs, StageTimes::labelPerCapture);
        line("  completion (last stage → render.ready)", runs, StageTimes::completion);
        System.out.printf("  captures per video: %d%n", runs.get(0).captureCount());
        Duration gif = median(cliGif);
        Duration captures = median(cliCaptures);
        Duration sequential = gif.plus(captures);
        System.out.printf("ffmpeg CLI: GIF %s, captures %s, sequential %s%n", ms(gif), ms(captures), ms(sequential));
        Duration endToEnd = median(runs, StageTimes::endToEnd);
        Duration preview = median(runs, StageTimes::preview);
        System.out.printf("ratios: end to end / CLI sequential = %.2f (target ≤ 1.0); preview stage / CLI GIF = %.2f "
                + "(target ≤ 1.1; the stage also makes the WebP and stores both)%n", ratio(endToEnd, sequential),
                ratio(preview, gif));
    }

    /**
     * CPU time per video, which the other work on a shared machine inflates far less than elapsed time: the
     * pipeline's processes against the ffmpeg CLI's GIF and captures.
     */
    private static void reportCpu(List<Map<String, Duration>> runs, List<Duration> cli, Map<String, Duration> idle,
                                  Duration endToEnd) {
        System.out.printf("CPU time per video, median of the runs, and what each process spends idle in as long "
                + "(%s, sampled over %d s before the runs):%n", ms(endToEnd), IDLE_SAMPLE.toSeconds());
        double idleShare = (double) endToEnd.toNanos() / IDLE_SAMPLE.toNanos();
        Duration idleTotal = Duration.ZERO;
        for (String process : runs.get(0).keySet()) {
            Duration median = median(runs.stream().map(r -> r.get(process)).toList());
            Duration idleDuringRun = Duration.ofNanos((long) (idle.getOrDefault(process, Duration.ZERO).toNanos()
                    * idleShare));
            idleTotal = idleTotal.plus(idleDuringRun);
            System.out.printf("  %-44s %8s  (idle: %s)%n", process, ms(median), ms(idleDuringRun));
        }
        Duration pipeline = median(runs.stream().map(r -> r.values().stream().reduce(Duration.ZERO, Duration::plus))
                .toList());
        Duration cliCpu = median(cli);
        System.out.printf("  %-44s %8s  (idle: %s; PostgreSQL's own processes not counted; infrastructure is this "
                + "JVM: Kafka, the S3 API and the benchmark's client)%nffmpeg CLI GIF + captures: %s CPU → ratio %.2f, "
                + "%.2f without the idle share%n", "all of the pipeline", ms(pipeline), ms(idleTotal), ms(cliCpu),
                ratio(pipeline, cliCpu), ratio(pipeline.minus(idleTotal), cliCpu));
    }

    private static void reportLaterStages(List<StageTimes> runs, Duration cliTranscode) {
        System.out.println("later stages (from render.start; they run beside the ones above):");
        line("  storyboard (→ storyboard.created)", runs, StageTimes::storyboard);
        line("  transcode (→ renditions.created)", runs, StageTimes::transcode);
        line("  transcribe (→ transcript.created)", runs, StageTimes::transcribe);
        Duration transcode = median(runs, StageTimes::transcode);
        System.out.printf("ffmpeg CLI, transcode-svc's own commands (720p + 360p MP4, MP3, storyboard tiles, HLS): %s%n"
                + "ratio: transcode stage / CLI = %.2f (the stage also downloads, probes, assembles the sprite and "
                + "stores about 20 MB)%n", ms(cliTranscode), ratio(transcode, cliTranscode));
    }

    private static void line(String what, List<StageTimes> runs, Function<StageTimes, Duration> stage) {
        List<Duration> values = runs.stream().map(stage).sorted().toList();
        System.out.printf("  %-44s %8s  (%s … %s)%n", what, ms(median(values)), ms(values.get(0)),
                ms(values.get(values.size() - 1)));
    }
}
