package io.framewise.kit.work;

import io.framewise.events.Stage;
import io.framewise.kit.metrics.StageMetrics;
import jakarta.enterprise.context.ApplicationScoped;

/** Watches each job a {@link StageRunner} runs, so the runner itself only decides what happens to the video. */
@ApplicationScoped
public class StageObserver {

    private final StageMetrics metrics;

    public StageObserver(StageMetrics metrics) {
        this.metrics = metrics;
    }

    /** A job of the stage begins now; close the observation when it is over, however it ends. */
    public StageObservation start(Stage stage) {
        return new StageObservation(StageMetrics.tagOf(stage), metrics);
    }
}
