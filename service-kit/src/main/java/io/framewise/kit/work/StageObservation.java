package io.framewise.kit.work;

import io.framewise.kit.metrics.StageMetrics;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One job of a stage as the metrics and the trace see it: in flight until closed, then either its duration or its
 * failure's reason; its span is current meanwhile, so the events the job sends are its children.
 */
public final class StageObservation implements AutoCloseable {

    static final AttributeKey<String> VIDEO_ID = AttributeKey.stringKey("framewise.video_id");
    static final AttributeKey<String> FAILURE = AttributeKey.stringKey("framewise.failure_reason");

    private final String stage;
    private final StageMetrics metrics;
    private final AtomicInteger inFlight;
    private final Span span;
    private final Scope scope;
    private final long started = System.nanoTime();

    StageObservation(String stage, StageMetrics metrics, Span span) {
        this.stage = stage;
        this.metrics = metrics;
        this.inFlight = metrics.inFlight(stage);
        this.span = span;
        this.scope = span.makeCurrent();
        inFlight.incrementAndGet();
    }

    /** The job's outcome was sent: its duration, every attempt included, goes into the stage's timer. */
    void succeeded() {
        metrics.duration(stage).record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
    }

    void failed(FailureReason reason) {
        metrics.failed(stage, reason);
        span.setAttribute(FAILURE, reason.code());
        span.setStatus(StatusCode.ERROR, reason.code());
    }

    @Override
    public void close() {
        inFlight.decrementAndGet();
        scope.close();
        span.end();
    }
}
