package io.framewise.kit.work;

import io.framewise.events.Stage;
import io.framewise.kit.metrics.StageMetrics;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Watches each job a {@link StageRunner} runs, so the runner itself only decides what happens to the video: the
 * stage's meters, and a span named after the stage (probe, preview, captures, label) in the video's trace.
 */
@ApplicationScoped
public class StageObserver {

    private final StageMetrics metrics;
    private final Tracer tracer;

    public StageObserver(StageMetrics metrics, Tracer tracer) {
        this.metrics = metrics;
        this.tracer = tracer;
    }

    /** A job of the stage begins now; close the observation when it is over, however it ends. */
    public StageObservation start(String videoId, Stage stage) {
        String name = StageMetrics.tagOf(stage);
        Span span = tracer.spanBuilder(name).setAttribute(StageObservation.VIDEO_ID, videoId).startSpan();
        return new StageObservation(name, metrics, span);
    }
}
