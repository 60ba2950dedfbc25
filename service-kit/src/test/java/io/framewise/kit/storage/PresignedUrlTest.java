package io.framewise.kit.storage;

import static org.assertj.core.api.Assertions.assertThat;

import io.framewise.events.ObjectRef;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

/** Presigned URLs carry the address clients see (public-endpoint) and the expiry; no server is needed to sign. */
class PresignedUrlTest {

    private static final StorageTraffic TRAFFIC = new StorageTraffic(new SimpleMeterRegistry());

    private final S3ClientProducer producer = new S3ClientProducer();

    @Test
    void presignedUrlsUseThePublicEndpointWhenOneIsSet() {
        try (var presigner = producer.s3Presigner(config("http://minio:9000", "https://s3.example.com"))) {
            ObjectStore store = new ObjectStore(null, presigner, config("http://minio:9000", "https://s3.example.com"),
                    TRAFFIC);
            var upload = store.presignUpload(new ObjectRef("framewise-source", "videos/v1/source.upload"), "video/mp4");
            assertThat(upload.url().toString()).startsWith("https://s3.example.com/framewise-source/videos/v1/");
            assertThat(upload.signedHeaders()).containsKey("content-type");
            assertThat(store.presignGet(new ObjectRef("framewise-render", "v1/preview.gif")).getHost())
                    .isEqualTo("s3.example.com");
        }
    }

    @Test
    void withoutOneTheyUseTheEndpoint() {
        try (var presigner = producer.s3Presigner(config("http://minio:9000", null))) {
            ObjectStore store = new ObjectStore(null, presigner, config("http://minio:9000", null), TRAFFIC);
            assertThat(store.presignPut(new ObjectRef("b", "k"), null).toString()).startsWith("http://minio:9000/b/k");
        }
    }

    private static StorageConfig config(String endpoint, String publicEndpoint) {
        return TestStorageConfig.of(endpoint, publicEndpoint);
    }
}
