package io.framewise.session.service;

import io.framewise.events.Probe;
import io.framewise.events.Stage;
import io.framewise.session.config.SessionConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Which of the configured stages a video must pass. A stage that has nothing to work on is left out rather than
 * asked to report "nothing": a silent video gets no transcribe stage, so status-svc never waits for one.
 */
@ApplicationScoped
public class StagePlan {

    private final SessionConfig config;

    public StagePlan(SessionConfig config) {
        this.config = config;
    }

    public List<Stage> stagesFor(Probe probe) {
        return config.stages().stream()
                .filter(stage -> stage != Stage.SESSION)
                .filter(stage -> stage != Stage.TRANSCRIBE || probe.hasAudio())
                .distinct()
                .toList();
    }
}
