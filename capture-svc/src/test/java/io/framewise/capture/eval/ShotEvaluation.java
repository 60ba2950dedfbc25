package io.framewise.capture.eval;

import io.framewise.capture.config.CaptureConfig;
import io.framewise.capture.config.SceneOptionsOf;
import io.framewise.media.MediaWarmUp;
import io.framewise.media.scene.SceneDetector;
import io.framewise.media.scene.SceneOptions;
import io.framewise.testkit.eval.ShotSet;
import io.framewise.testkit.eval.ShotSetVideo;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How well capture-svc finds shots (issue 14's "Shots"): runs the real {@link SceneDetector}, with the options the
 * service is configured with ({@code application.properties}, overridable by system properties such as
 * {@code -Dframewise.captures.threshold=0.2}), over every video of the shot evaluation set ({@link ShotSet},
 * {@code -Deval.set=ci|full}), and prints {@link ShotReport}'s figures to stdout and {@code target/eval/shots.txt}.
 * It asserts nothing.
 */
public final class ShotEvaluation {

    private ShotEvaluation() {
    }

    public static void main(String[] args) throws Exception {
        String set = System.getProperty("eval.set", "full");
        ShotReport report = run(set);
        String text = report.text();
        System.out.print(text);
        Path out = Path.of("target", "eval", "shots.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, text, StandardCharsets.UTF_8);
    }

    static ShotReport run(String set) throws Exception {
        List<ShotSetVideo> videos = ShotSet.of(set);
        String loadBefore = load();
        SceneOptions options = configuredOptions();
        SceneDetector detector = new SceneDetector(options);
        MediaWarmUp.run(); // FFmpeg's natives loaded and the scan's code compiled before anything is timed
        List<ShotScore> scores = new ArrayList<>();
        for (ShotSetVideo video : videos) {
            scores.add(evaluate(detector, video));
        }
        return new ShotReport(set, options.toString(), scores, Runtime.getRuntime().availableProcessors()
                + " cores, load average " + loadBefore + " before the scans, " + load() + " after (CPU times are"
                + " the process's, FFmpeg's threads included)");
    }

    private static ShotScore evaluate(SceneDetector detector, ShotSetVideo video) throws Exception {
        List<Long> captures = new ArrayList<>();
        long cpuBefore = processCpuNanos();
        detector.detect(video.file(), video.durationMs(), capture -> captures.add(capture.timeMs()));
        long cpuMs = (processCpuNanos() - cpuBefore) / 1_000_000;
        return new ShotScore(video, captures, detector.scanModeOf(video.file(), video.durationMs()), cpuMs);
    }

    /** The service's own options: its application.properties, under system properties. */
    static SceneOptions configuredOptions() throws IOException {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .addDefaultSources()
                .withSources(new PropertiesConfigSource(
                        ShotEvaluation.class.getClassLoader().getResource("application.properties"), 250))
                .withMapping(CaptureConfig.class)
                .build();
        return SceneOptionsOf.config(config.getConfigMapping(CaptureConfig.class));
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static String load() {
        return String.format(java.util.Locale.ROOT, "%.2f",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
