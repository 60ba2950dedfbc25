package io.framewise.gif;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.framewise.events.ObjectRef;
import io.framewise.events.PreviewCreated;
import io.framewise.events.Probe;
import io.framewise.events.RenderStart;
import io.framewise.events.Stage;
import io.framewise.events.StorageKeys;
import io.framewise.events.Topics;
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
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * A preview made from a real render.start moves the service-kit meters on /q/metrics: the stage's timer, events in
 * and out by topic, storage bytes both ways, and every meter carries application=gif-svc.
 */
@QuarkusTest
@QuarkusTestResource(value = FramewiseInfraResource.class, restrictToAnnotatedClass = false)
class PreviewMetricsTest {

    /** On the management interface: /q/* is not on the public port. */
    @TestHTTPResource(value = "metrics", management = true)
    String metrics;

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    ObjectStore store;

    private final TopicClient kafka = TopicClient.shared();

    @Test
    void aPreviewIsTimedCountedAndItsBytesMeasured() throws Exception {
        Path clip = TestVideos.clip(Duration.ofSeconds(2), 320, 240, 15);
        PrometheusText before = scrape();
        String videoId = UUID.randomUUID().toString();
        ObjectRef source = new ObjectRef(store.sourceBucket(), StorageKeys.sourceVideo(videoId, "mp4"));
        store.put(source, clip, "video/mp4");
        kafka.send(RenderStart.create(videoId, source, new Probe(2000, 320, 240, 15, "h264", null, Files.size(clip),
                "mp4"), List.of(Stage.PREVIEW)));

        PreviewCreated preview = kafka.collectForVideo(Topics.PREVIEW_CREATED, PreviewCreated.class, videoId, 1, WAIT)
                .get(0);

        Awaitility.await().atMost(WAIT).untilAsserted(() -> {
            PrometheusText after = scrape();
            assertThat(after.increaseSince(before, "framewise_stage_duration_seconds_count", "stage", "preview"))
                    .isGreaterThanOrEqualTo(1);
            assertThat(after.sum("framewise_stage_duration_seconds_sum", "stage", "preview")).isPositive();
            assertThat(after.find("framewise_stage_duration_seconds_bucket", "stage", "preview"))
                    .hasSizeGreaterThan(10);
            assertThat(after.sum("framewise_work_in_flight", "stage", "preview")).isZero();
            assertThat(after.increaseSince(before, "framewise_events_consumed_total", "topic", Topics.RENDER_START))
                    .isGreaterThanOrEqualTo(1);
            assertThat(after.increaseSince(before, "framewise_events_produced_total", "topic", Topics.PREVIEW_CREATED))
                    .isGreaterThanOrEqualTo(1);
            // The test's own put goes through this JVM's ObjectStore too: "in" covers the clip and both animations.
            assertThat(after.increaseSince(before, "framewise_storage_bytes_total", "direction", "out"))
                    .isGreaterThanOrEqualTo(Files.size(clip));
            assertThat(after.increaseSince(before, "framewise_storage_bytes_total", "direction", "in"))
                    .isGreaterThanOrEqualTo(Files.size(clip) + preview.gif().bytes() + preview.webp().bytes());
        });
        PrometheusText after = scrape();
        assertThat(after.find("kafka_consumer_fetch_manager_records_lag_max")).as("Kafka client metrics").isNotEmpty();
        assertThat(after.samples()).filteredOn(s -> s.name().startsWith("framewise_")
                        || s.name().startsWith("jvm_memory_used") || s.name().startsWith("kafka_consumer"))
                .allSatisfy(s -> assertThat(s.labels()).as(s.name()).containsEntry("application", "gif-svc"));
    }

    private PrometheusText scrape() {
        return PrometheusText.parse(given().get(metrics).then().statusCode(200).extract().asString());
    }

}
