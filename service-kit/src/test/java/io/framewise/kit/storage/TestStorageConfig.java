package io.framewise.kit.storage;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/** A {@link StorageConfig} as the tests need it: endpoints and keys given, the rest at their defaults. */
record TestStorageConfig(Optional<URI> endpoint, Optional<URI> publicEndpoint, Optional<String> accessKey,
                         Optional<String> secretKey) implements StorageConfig {

    static TestStorageConfig of(String endpoint, String publicEndpoint) {
        return new TestStorageConfig(Optional.of(URI.create(endpoint)), Optional.ofNullable(publicEndpoint).map(URI::create),
                Optional.of("key"), Optional.of("secret"));
    }

    /** Against a real S3 API at {@code endpoint}; null keys leave them unset (the default credential chain). */
    static TestStorageConfig withKeys(String endpoint, String accessKey, String secretKey) {
        return new TestStorageConfig(Optional.of(URI.create(endpoint)), Optional.empty(), Optional.ofNullable(accessKey),
                Optional.ofNullable(secretKey));
    }

    @Override
    public String region() {
        return "us-east-1";
    }

    @Override
    public boolean pathStyle() {
        return true;
    }

    @Override
    public String sourceBucket() {
        return "framewise-source";
    }

    @Override
    public String renderBucket() {
        return "framewise-render";
    }

    @Override
    public Duration presignTtl() {
        return Duration.ofMinutes(5);
    }
}
