package io.framewise.kit.work;

import io.framewise.kit.metrics.StageMetrics;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** One job of a stage as the metrics see it: in flight until closed, then either its duration or its failure. */
public final class StageObservation implements AutoCloseable {

    private final String stage;
    private final StageMetrics metrics;
    private final AtomicInteger inFlight;
    private final long started = System.nanoTime();

    StageObservation(String stage, StageMetrics metrics) {
        this.stage = stage;
        this.metrics = metrics;
        this.inFlight = metrics.inFlight(stage);
        inFlight.incrementAndGet();
    }

    /** The job's outcome was sent: its duration, every attempt included, goes into the stage's timer. */
    void succeeded() {
        metrics.duration(stage).record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
    }

    void failed(FailureReason reason) {
        metrics.failed(stage, reason);
    }

    @Override
    public void close() {
        inFlight.decrementAndGet();
    }
}
