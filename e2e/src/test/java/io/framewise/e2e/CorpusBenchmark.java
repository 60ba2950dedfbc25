package io.framewise.e2e;

import static io.framewise.e2e.BenchSupport.median;
import static io.framewise.e2e.BenchSupport.ms;
import static io.framewise.e2e.BenchSupport.ratio;
import static io.framewise.e2e.BenchSupport.run;

import io.framewise.e2e.BenchCorpus.Entry;
import io.framewise.local.launcher.ServiceProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The pipeline on the encodes people really upload ({@link BenchCorpus}), printed, not asserted: each file through
 * the real running stack with all six stages, against the bare ffmpeg program making the same outputs one after the
 * other on the same file in the same run (palettegen GIF, captures, transcode-svc's own commands), and the ratios
 * the issue sets targets for. Run with {@code ./framewise bench corpus} ({@code -Dbench.corpus.files=a,b
 * -Dbench.runs=1 -Dbench.warmup=3 -Dbench.corpus.talk-minutes=10}).
 */
public final class CorpusBenchmark {

    private static final int RUNS = Integer.getInteger("bench.runs", 1);
    /** Fewer than PipelineBenchmark's: the corpus files are heavier, and the stack's JIT settles on any of them. */
    private static final int WARMUP = Integer.getInteger("bench.warmup", 3);
    private static final int TALK_MINUTES = Integer.getInteger("bench.corpus.talk-minutes", 10);
    private static final String FILES = System.getProperty("bench.corpus.files", "");
    private static final String STAGES = Optional.ofNullable(System.getenv("FRAMEWISE_SESSION_STAGES"))
            .filter(s -> !s.isBlank()).orElse("preview,captures,labels,storyboard,transcode,transcribe");

    private CorpusBenchmark() {
    }

    /** One file's figures: the pipeline's runs and the CLI's outputs (medians when there are several runs). */
    record Result(Entry entry, CorpusFacts facts, List<StageTimes> runs, Duration gif, Duration captures,
                  Duration transcode) {

        Duration cliAll() {
            return gif.plus(captures).plus(transcode);
        }

        Duration stage(Function<StageTimes, Duration> stage) {
            return median(runs, stage);
        }
    }

    public static void main(String[] args) {
        try {
            measureCorpus();
            System.exit(0);
        } catch (Exception | Error e) {
            // The stack's threads would keep the JVM (and the Maven build) alive after a failure.
            e.printStackTrace();
            System.exit(1);
        }
    }

    private static void measureCorpus() throws Exception {
        List<Entry> entries = BenchCorpus.selected(FILES, TALK_MINUTES);
        Path dir = RunningStack.projectRoot().resolve("e2e/target/bench-corpus");
        System.out.printf("%ncorpus in %s (made when missing, before the stack starts): %s%n", dir,
                entries.stream().map(Entry::name).toList());
        CorpusFiles files = new CorpusFiles(dir);
        List<CorpusFiles.Made> ready = new ArrayList<>();
        for (Entry entry : entries) {
            CorpusFiles.Made made = files.make(entry);
            if (made.file().isEmpty()) {
                System.out.printf("  %-22s skipped: %s%n", entry.name(), made.skipped());
                continue;
            }
            System.out.printf("  %-22s %s%n", entry.name(), made.seconds() == 0 ? "reused (" + made.maker() + ")"
                    : String.format(java.util.Locale.ROOT, "made by %s in %.1f s", made.maker(), made.seconds()));
            ready.add(made);
        }
        if (ready.isEmpty()) {
            throw new IllegalStateException("no corpus file could be made here; nothing to measure");
        }

        var stack = RunningStack.get();
        Gateway gateway = new Gateway(stack.gatewayUrl());
        String kafka = stack.endpoints().kafkaBootstrapServers();
        System.out.printf("%nmachine: %d cores, JDK %s, load average %.1f; stack: %s; stages: %s; runs per file: %d%n",
                Runtime.getRuntime().availableProcessors(), Runtime.version(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                stack.services().stream().map(ServiceProcess::name).toList(), STAGES, RUNS);
        Path work = Files.createTempDirectory("framewise-bench-corpus");
        Path warmupFile = ready.stream().filter(m -> !BenchCorpus.isTalk(m.entry().name())).findFirst()
                .orElse(ready.get(0)).file().orElseThrow();
        if (WARMUP > 0) {
            List<Long> warmup = new ArrayList<>();
            for (int i = 0; i < WARMUP; i++) {
                warmup.add(run(gateway, kafka, warmupFile).endToEnd().toMillis());
            }
            System.out.printf("warm-up with %s, end to end in ms: %s (the first is the cold stack's first video)%n",
                    warmupFile.getFileName(), warmup);
        }

        List<Result> results = new ArrayList<>();
        for (CorpusFiles.Made made : ready) {
            results.add(measure(gateway, kafka, made, work));
        }
        CorpusReport.table(results);
    }

    private static Result measure(Gateway gateway, String kafka, CorpusFiles.Made made, Path work) throws Exception {
        Path file = made.file().orElseThrow();
        CorpusFacts facts = CorpusFacts.of(file);
        var info = facts.info();
        List<StageTimes> runs = new ArrayList<>();
        List<Duration> gif = new ArrayList<>();
        List<Duration> captures = new ArrayList<>();
        List<Duration> transcode = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            runs.add(run(gateway, kafka, file));
            gif.add(CliBaseline.gif(file, info.durationMs(), work));
            captures.add(CliBaseline.captures(file, work));
            transcode.add(CliBaseline.transcode(file, info.durationMs(), info.width(), info.height(), info.fps(), work));
        }
        Result result = new Result(made.entry(), facts, runs, median(gif), median(captures), median(transcode));
        CorpusReport.file(result);
        return result;
    }
}
