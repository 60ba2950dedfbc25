package io.framewise.kit.work;

import static org.assertj.core.api.Assertions.assertThat;

import io.framewise.events.ObjectRef;
import io.framewise.events.Probe;
import io.framewise.events.RenderStart;
import io.framewise.events.Stage;
import io.framewise.kit.metrics.StageMetrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.opentelemetry.api.OpenTelemetry;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Every job has a wall-clock limit: it is stopped and reported past it, and a job that will not stop is reported anyway. */
class StageTimeLimitTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final List<String> reported = new CopyOnWriteArrayList<>();

    private StageRunner runner(Duration limit, Duration grace) {
        return new StageRunner(new TestWorkConfig(3, Optional.of(limit), grace),
                new StageObserver(new StageMetrics(registry), OpenTelemetry.noop().getTracer("test")),
                new MediaLengths());
    }

    @Test
    void aJobPastItsLimitIsInterruptedReportedOnceAndNotTriedAgain() {
        List<Integer> attempts = new CopyOnWriteArrayList<>();
        long started = System.nanoTime();
        runner(Duration.ofMillis(300), Duration.ofSeconds(30)).run("v1", Stage.CAPTURES, "making the captures",
                scratch -> {
                    attempts.add(1);
                    Thread.sleep(60_000);
                }, (reason, retriable) -> reported.add(reason + " / " + retriable));

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
        assertThat(attempts).hasSize(1);
        assertThat(reported).containsExactly("making the captures took longer than its limit of 0 s; it was stopped / true");
        assertThat(Thread.currentThread().isInterrupted()).as("the worker thread is left clean").isFalse();
        assertThat(registry.get(StageMetrics.FAILURES).tag("reason", "timed_out").counter().count()).isEqualTo(1);
    }

    @Test
    void aJobThatWillNotStopIsReportedByTheWatchdogAndOnlyOnce() throws Exception {
        AtomicBoolean release = new AtomicBoolean();
        Thread worker = Thread.ofPlatform().start(() -> runner(Duration.ofMillis(200), Duration.ofMillis(300))
                .run("v2", Stage.TRANSCODE, "making the renditions", scratch -> {
                    while (!release.get()) {
                        Thread.onSpinWait(); // native code: deaf to interrupts
                    }
                }, (reason, retriable) -> reported.add(reason)));
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (reported.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(worker.isAlive()).as("the job still runs").isTrue();
        assertThat(reported).singleElement().asString().contains("took longer than its limit");
        release.set(true);
        worker.join(5000);
        assertThat(reported).as("not reported again when it finally ends").hasSize(1);
    }

    @Test
    void aJobWithinItsLimitIsUntouched() {
        runner(Duration.ofSeconds(5), Duration.ofSeconds(1)).run("v3", Stage.PREVIEW, "making the preview",
                scratch -> Thread.sleep(50), (reason, retriable) -> reported.add(reason));
        assertThat(reported).isEmpty();
        assertThat(registry.get(StageMetrics.DURATION).tag("stage", "preview").timer().count()).isEqualTo(1);
    }

    @Test
    void theLimitGrowsWithTheVideoWhereTheWorkDoes() {
        StageLimits limits = new StageLimits(new TestWorkConfig(1));
        MediaLengths lengths = new MediaLengths();
        lengths.note(RenderStart.create("v4", new ObjectRef("b", "k"),
                new Probe(600_000, 640, 360, 25, "h264", null, 1, "mp4"), List.of(Stage.CAPTURES)));
        lengths.note("not an event");
        assertThat(limits.of(Stage.CAPTURES, lengths.of("v4"))).isEqualTo(Duration.ofMinutes(15));
        assertThat(limits.of(Stage.TRANSCODE, lengths.of("v4"))).isEqualTo(Duration.ofMinutes(50));
        assertThat(limits.of(Stage.LABELS, lengths.of("v4"))).as("one capture, whatever the length")
                .isEqualTo(Duration.ofMinutes(2));
        assertThat(limits.of(Stage.CAPTURES, lengths.of("unknown"))).as("the longest video accepted")
                .isEqualTo(Duration.ofMinutes(245));
    }
}
