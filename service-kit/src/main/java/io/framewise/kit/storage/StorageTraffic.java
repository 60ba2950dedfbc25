package io.framewise.kit.storage;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * {@code framewise_storage_bytes_total{direction}}: bytes this service wrote into the object store ({@code in})
 * and read out of it ({@code out}). Copies inside the store and presigned transfers pass no bytes through the
 * service and are not counted.
 */
@ApplicationScoped
public class StorageTraffic {

    public static final String BYTES = "framewise.storage.bytes";

    private final Counter written;
    private final Counter read;

    public StorageTraffic(MeterRegistry registry) {
        this.written = counter(registry, "in");
        this.read = counter(registry, "out");
    }

    void written(long bytes) {
        written.increment(bytes);
    }

    void read(long bytes) {
        read.increment(bytes);
    }

    private static Counter counter(MeterRegistry registry, String direction) {
        return Counter.builder(BYTES)
                .description("Bytes written into (in) and read out of (out) the object store")
                .tag("direction", direction)
                .register(registry);
    }
}
