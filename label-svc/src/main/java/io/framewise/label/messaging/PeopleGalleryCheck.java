package io.framewise.label.messaging;

import io.framewise.label.config.FaceConfig;
import io.framewise.label.service.Gallery;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready once this replica has read the whole people topic as it was at start: before that, a known person in a
 * capture would be reported as unknown. Always up when faces are off.
 */
@Readiness
@ApplicationScoped
public class PeopleGalleryCheck implements HealthCheck {

    private final PeopleReader reader;
    private final Gallery gallery;
    private final FaceConfig config;

    public PeopleGalleryCheck(PeopleReader reader, Gallery gallery, FaceConfig config) {
        this.reader = reader;
        this.gallery = gallery;
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("people-gallery").withData("enabled", config.enabled())
                .withData("people", gallery.size());
        return (!config.enabled() || reader.caughtUp() ? response.up() : response.down()).build();
    }
}
