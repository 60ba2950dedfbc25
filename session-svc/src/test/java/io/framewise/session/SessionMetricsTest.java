package io.framewise.session;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.framewise.events.ObjectRef;
import io.framewise.events.StageFailed;
import io.framewise.events.StorageKeys;
import io.framewise.events.Topics;
import io.framewise.events.UploadSource;
import io.framewise.events.VideoUploaded;
import io.framewise.kit.storage.ObjectStore;
import io.framewise.testkit.FramewiseInfraResource;
import io.framewise.testkit.TestVideos;
import io.framewise.testkit.TopicClient;
import io.framewise.testkit.metrics.PrometheusText;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** An upload that is not a video moves the probe stage's failure counter under a short code, not its message. */
@QuarkusTest
@QuarkusTestResource(value = FramewiseInfraResource.class, restrictToAnnotatedClass = false)
class SessionMetricsTest {

    /** On the management interface: /q/* is not on the public port. */
    @TestHTTPResource(value = "metrics", management = true)
    String metrics;

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    ObjectStore store;

    private final TopicClient kafka = TopicClient.shared();

    @Test
    void aFileThatIsNotAVideoCountsAsAnUnusableMediaFailureOfTheProbe() throws Exception {
        PrometheusText before = scrape();
        Path file = TestVideos.broken(TestVideos.Broken.TEXT);
        String videoId = UUID.randomUUID().toString();
        ObjectRef object = new ObjectRef(store.sourceBucket(), StorageKeys.sourceVideo(videoId, "mp4"));
        store.put(object, file, "video/mp4");
        kafka.send(VideoUploaded.create(videoId, object, "notes.mp4", "video/mp4", Files.size(file),
                UploadSource.UPLOAD));

        assertThat(kafka.collectForVideo(Topics.STAGE_FAILED, StageFailed.class, videoId, 1, WAIT)).hasSize(1);

        Awaitility.await().atMost(WAIT).untilAsserted(() -> {
            PrometheusText after = scrape();
            assertThat(after.increaseSince(before, "framewise_stage_failures_total", "stage", "probe",
                    "reason", "unusable_media")).isGreaterThanOrEqualTo(1);
            assertThat(after.increaseSince(before, "framewise_events_produced_total", "topic", Topics.STAGE_FAILED))
                    .isGreaterThanOrEqualTo(1);
            assertThat(after.find("framewise_stage_failures_total")).allSatisfy(sample ->
                    assertThat(sample.labels().get("reason")).matches("[a-z_]+"));
        });
    }

    private PrometheusText scrape() {
        return PrometheusText.parse(given().get(metrics).then().statusCode(200).extract().asString());
    }

}
