package io.framewise.kit.metrics;

import io.framewise.events.Stage;
import io.framewise.kit.work.FailureReason;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The stage meters of monitoring/README.md: {@code framewise_stage_duration_seconds{stage}} (a timer with a
 * histogram, for percentiles), {@code framewise_stage_failures_total{stage,reason}} and
 * {@code framewise_work_in_flight{stage}}. Stage tags: probe, preview, captures, label, and end_to_end
 * (status-svc's upload → render.ready).
 */
@ApplicationScoped
public class StageMetrics {

    public static final String DURATION = "framewise.stage.duration";
    public static final String FAILURES = "framewise.stage.failures";
    public static final String IN_FLIGHT = "framewise.work.in.flight";
    public static final String END_TO_END = "end_to_end";

    private final MeterRegistry registry;
    private final Map<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();

    public StageMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** The metrics name of a pipeline stage: session-svc's work is the probe, label-svc's is per capture. */
    public static String tagOf(Stage stage) {
        return switch (stage) {
            case SESSION -> "probe";
            case PREVIEW -> "preview";
            case CAPTURES -> "captures";
            case LABELS -> "label";
            case STORYBOARD -> "storyboard";
            case TRANSCODE -> "transcode";
            case TRANSCRIBE -> "transcribe";
        };
    }

    /** Buckets from 10 ms to 30 min: a label takes tens of milliseconds, a long video's captures minutes. */
    public Timer duration(String stage) {
        return Timer.builder(DURATION)
                .description("How long a stage's job took, from its event in to its outcome sent")
                .tag("stage", stage)
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(10))
                .maximumExpectedValue(Duration.ofMinutes(30))
                .register(registry);
    }

    public void failed(String stage, FailureReason reason) {
        Counter.builder(FAILURES)
                .description("Jobs given up, by stage and reason code")
                .tags("stage", stage, "reason", reason.code())
                .register(registry)
                .increment();
    }

    /** The number of the stage's jobs running now; the gauge reads it. */
    public AtomicInteger inFlight(String stage) {
        return inFlight.computeIfAbsent(stage, s -> registry.gauge(IN_FLIGHT, Tags.of("stage", s),
                new AtomicInteger()));
    }
}
