package io.framewise.kit.storage;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while the object store answers for both buckets. */
@Readiness
@ApplicationScoped
public class StorageReadinessCheck implements HealthCheck {

    private final ObjectStore store;

    public StorageReadinessCheck(ObjectStore store) {
        this.store = store;
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("object-storage")
                .withData("sourceBucket", store.sourceBucket())
                .withData("renderBucket", store.renderBucket());
        try {
            store.checkBuckets();
            return response.up().build();
        } catch (RuntimeException e) {
            return response.down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
