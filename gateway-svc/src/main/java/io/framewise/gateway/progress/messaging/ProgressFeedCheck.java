package io.framewise.gateway.progress.messaging;

import io.framewise.gateway.progress.service.ProgressHub;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Not ready until this instance reads the stage topics: before that, its SSE clients would miss events. */
@Readiness
@ApplicationScoped
public class ProgressFeedCheck implements HealthCheck {

    private final ProgressHub hub;

    public ProgressFeedCheck(ProgressHub hub) {
        this.hub = hub;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("progress-feed").status(hub.isFeedReady())
                .withData("sseSubscriptions", hub.subscriptions()).build();
    }
}
