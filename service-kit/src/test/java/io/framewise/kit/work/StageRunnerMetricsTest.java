package io.framewise.kit.work;

import static org.assertj.core.api.Assertions.assertThat;

import io.framewise.events.Stage;
import io.framewise.kit.metrics.StageMetrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.opentelemetry.api.OpenTelemetry;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;

/** What StageRunner tells the metrics: durations of finished jobs, failures by reason code, work in flight. */
class StageRunnerMetricsTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final StageRunner runner = new StageRunner(new TestWorkConfig(2),
            new StageObserver(new StageMetrics(registry), OpenTelemetry.noop().getTracer("test")), new MediaLengths());
    private final List<String> reported = new ArrayList<>();

    @Test
    void aFinishedJobIsTimedUnderItsStageAndIsInFlightWhileItRuns() {
        List<Double> inFlightDuringJob = new ArrayList<>();

        runner.run("v1", Stage.PREVIEW, "making the preview",
                scratch -> inFlightDuringJob.add(inFlight("preview")), this::report);

        assertThat(inFlightDuringJob).containsExactly(1.0);
        assertThat(inFlight("preview")).isZero();
        assertThat(registry.get(StageMetrics.DURATION).tag("stage", "preview").timer().count()).isEqualTo(1);
        assertThat(registry.find(StageMetrics.FAILURES).counters()).isEmpty();
    }

    @Test
    void eachStageHasItsMetricsName() {
        for (Stage stage : Stage.values()) {
            runner.run("v1", stage, "working", scratch -> { }, this::report);
        }
        assertThat(registry.find(StageMetrics.DURATION).timers())
                .extracting(timer -> timer.getId().getTag("stage"))
                .containsExactlyInAnyOrder("probe", "preview", "captures", "label", "storyboard", "transcode",
                        "transcribe");
    }

    @Test
    void aVideoTheStageCannotUseCountsAsUnusableMediaAndIsNotTimed() {
        runner.run("v1", Stage.SESSION, "probing the upload", scratch -> {
            throw new StageFailure("not a readable video: invalid data");
        }, this::report);

        assertThat(reported).containsExactly("not a readable video: invalid data");
        assertThat(failures("probe", "unusable_media")).isEqualTo(1.0);
        assertThat(registry.find(StageMetrics.DURATION).timers()).isEmpty();
        assertThat(inFlight("probe")).isZero();
    }

    @Test
    void aRefusedVideoKeepsTheCodeItWasRefusedWith() {
        runner.run("v1", Stage.SESSION, "probing the upload", scratch -> {
            throw new StageFailure(FailureReason.REFUSED, "the video lasts 3 h; the longest accepted is 1 h");
        }, this::report);

        assertThat(failures("probe", "refused")).isEqualTo(1.0);
    }

    @Test
    void aJobThatKeepsFailingIsCountedByWhatFailedNotByItsMessage() {
        runner.run("v1", Stage.CAPTURES, "making the captures", scratch -> {
            throw new IllegalStateException("wrapped", SdkClientException.create("Connection refused"));
        }, this::report);
        runner.run("v2", Stage.LABELS, "labelling capture 0", scratch -> {
            throw new java.util.concurrent.CompletionException(new TimeoutException("no broker"));
        }, this::report);
        runner.run("v3", Stage.LABELS, "labelling capture 1", scratch -> {
            throw new IllegalArgumentException("something else");
        }, this::report);

        assertThat(reported).hasSize(3).allSatisfy(reason -> assertThat(reason).contains("failed after 2 attempts"));
        assertThat(failures("captures", "storage")).isEqualTo(1.0);
        assertThat(failures("label", "broker")).isEqualTo(1.0);
        assertThat(failures("label", "other")).isEqualTo(1.0);
    }

    private void report(String reason, boolean retriable) {
        reported.add(reason);
    }

    private double inFlight(String stage) {
        return registry.get(StageMetrics.IN_FLIGHT).tag("stage", stage).gauge().value();
    }

    private double failures(String stage, String reason) {
        return registry.get(StageMetrics.FAILURES).tags("stage", stage, "reason", reason).counter().count();
    }

}
