package io.framewise.status.metrics;

import io.framewise.events.RenderStatus;
import io.framewise.kit.metrics.StageMetrics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * What completion tells the dashboard: {@code framewise_videos_completed_total{status}} (READY, FAILED; both
 * exported from the start, at zero) and, for READY videos, {@code framewise_stage_duration_seconds{stage=
 * "end_to_end"}}: from status-svc first hearing of the video (its upload announced) to its render.ready.
 */
@ApplicationScoped
public class CompletionMetrics {

    public static final String COMPLETED = "framewise.videos.completed";

    private final Map<RenderStatus, Counter> completed = new EnumMap<>(RenderStatus.class);
    private final Timer endToEnd;

    public CompletionMetrics(MeterRegistry registry, StageMetrics stages) {
        for (RenderStatus status : RenderStatus.values()) {
            completed.put(status, Counter.builder(COMPLETED)
                    .description("Videos finished, by final status")
                    .tag("status", status.name())
                    .register(registry));
        }
        this.endToEnd = stages.duration(StageMetrics.END_TO_END);
    }

    public void ready(Instant createdAt, Instant readyAt) {
        completed.get(RenderStatus.READY).increment();
        if (createdAt != null) {
            endToEnd.record(Duration.between(createdAt, readyAt));
        }
    }

    public void failed() {
        completed.get(RenderStatus.FAILED).increment();
    }
}
