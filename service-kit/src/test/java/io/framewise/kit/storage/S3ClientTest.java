package io.framewise.kit.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.framewise.events.ObjectRef;
import io.framewise.local.infra.EmbeddedS3Server;
import io.framewise.local.infra.Ports;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * service-kit's S3 client against a real S3 API (S3Proxy): what it puts on the wire (no checksum trailers or headers
 * an older S3-compatible store would refuse), and where its credentials come from (static keys, else the AWS SDK's
 * default chain).
 */
class S3ClientTest {

    private static final String ACCESS_KEY = "framewise";
    private static final String SECRET_KEY = "framewise-secret";
    private static final String BUCKET = "framewise-source";

    private static EmbeddedS3Server s3;
    private static RecordingRelay relay;
    private final S3ClientProducer producer = new S3ClientProducer();

    @BeforeAll
    static void startS3(@TempDir Path dir) throws Exception {
        s3 = EmbeddedS3Server.start(dir, Ports.free(), ACCESS_KEY, SECRET_KEY);
        relay = new RecordingRelay(URI.create(s3.endpoint()).getPort());
        try (S3Client admin = sdkDefaultClient(s3.endpoint())) {
            admin.createBucket(b -> b.bucket(BUCKET));
        }
    }

    @AfterAll
    static void stopS3() throws Exception {
        relay.close();
        s3.close();
    }

    @Test
    void uploadsCarryNoChecksumTrailerAndReadBackWhole(@TempDir Path dir) throws Exception {
        var config = TestStorageConfig.withKeys(relay.endpoint(), ACCESS_KEY, SECRET_KEY);
        byte[] content = "a video, in short".repeat(5000).getBytes(StandardCharsets.UTF_8);
        Path file = Files.write(dir.resolve("clip.bin"), content);
        relay.clear();

        try (S3Client client = producer.s3Client(config)) {
            ObjectStore store = new ObjectStore(client, null, config, new StorageTraffic(new SimpleMeterRegistry()));
            store.put(new ObjectRef(BUCKET, "t/bytes"), content, "application/octet-stream");
            store.put(new ObjectRef(BUCKET, "t/file"), file, "video/mp4");
            store.put(new ObjectRef(BUCKET, "t/stream"), new ByteArrayInputStream(content), content.length, "video/mp4");

            for (String key : new String[] {"t/bytes", "t/file", "t/stream"}) {
                assertThat(store.read(new ObjectRef(BUCKET, key))).as(key).isEqualTo(content);
            }
        }
        String wire = relay.sent().toLowerCase();
        assertThat(wire).as("three PUTs went through the relay").containsPattern("(?s)put /framewise-source/t/bytes.*"
                + "put /framewise-source/t/file.*put /framewise-source/t/stream");
        assertThat(wire).doesNotContain("x-amz-trailer").doesNotContain("x-amz-checksum-")
                .doesNotContain("x-amz-sdk-checksum-algorithm").doesNotContain("streaming-unsigned-payload-trailer");
    }

    @Test
    void theSdksDefaultWouldHaveSentAChecksum() {
        // The control for the test above: the relay does see a checksum when the client is left at the SDK default.
        relay.clear();
        try (S3Client client = sdkDefaultClient(relay.endpoint())) {
            client.putObject(PutObjectRequest.builder().bucket(BUCKET).key("t/default").build(),
                    RequestBody.fromString("default"));
        }
        assertThat(relay.sent().toLowerCase()).contains("x-amz-checksum-crc32");
    }

    @Test
    void withoutKeysTheDefaultCredentialChainSigns() {
        var config = TestStorageConfig.withKeys(s3.endpoint(), null, null);
        // The chain's first link is the JVM's aws.* system properties; on a pod it would be the web identity token.
        withSystemCredentials(ACCESS_KEY, SECRET_KEY, () -> {
            try (S3Client client = producer.s3Client(config)) {
                client.putObject(b -> b.bucket(BUCKET).key("t/chain"), RequestBody.fromString("signed by the chain"));
                assertThat(client.getObjectAsBytes(b -> b.bucket(BUCKET).key("t/chain")).asUtf8String())
                        .isEqualTo("signed by the chain");
            }
        });
        withSystemCredentials(ACCESS_KEY, "not-the-secret", () -> {
            try (S3Client client = producer.s3Client(config)) {
                assertThatThrownBy(() -> client.headObject(b -> b.bucket(BUCKET).key("t/chain")))
                        .as("the chain's keys, not some other, sign the request")
                        .isInstanceOfSatisfying(S3Exception.class, e -> assertThat(e.statusCode()).isEqualTo(403));
            }
        });
    }

    @Test
    void oneKeyWithoutTheOtherIsRefused() {
        assertThatThrownBy(() -> producer.s3Client(TestStorageConfig.withKeys(s3.endpoint(), ACCESS_KEY, null)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("set both, or neither");
    }

    private static S3Client sdkDefaultClient(String endpoint) {
        return S3Client.builder().endpointOverride(URI.create(endpoint)).region(Region.US_EAST_1)
                .forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
                .build();
    }

    private static void withSystemCredentials(String accessKey, String secretKey, Runnable action) {
        System.setProperty("aws.accessKeyId", accessKey);
        System.setProperty("aws.secretAccessKey", secretKey);
        try {
            action.run();
        } finally {
            System.clearProperty("aws.accessKeyId");
            System.clearProperty("aws.secretAccessKey");
        }
    }
}
