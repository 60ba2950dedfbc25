package io.framewise.status;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.framewise.events.FramewiseEvent;
import io.framewise.events.ImageAsset;
import io.framewise.events.ObjectRef;
import io.framewise.events.PreviewCreated;
import io.framewise.events.Probe;
import io.framewise.events.RenderReady;
import io.framewise.events.RenderStart;
import io.framewise.events.Stage;
import io.framewise.events.StageFailed;
import io.framewise.events.StorageKeys;
import io.framewise.events.Topics;
import io.framewise.events.UploadSource;
import io.framewise.events.VideoUploaded;
import io.framewise.testkit.FramewiseInfraResource;
import io.framewise.testkit.TopicClient;
import io.framewise.testkit.metrics.PrometheusText;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** A video completed through real events moves /q/metrics: videos by status, end to end, events by topic. */
@QuarkusTest
@QuarkusTestResource(value = FramewiseInfraResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "database", value = "true"))
class CompletionMetricsTest {

    /** On the management interface: /q/* is not on the public port. */
    @TestHTTPResource(value = "metrics", management = true)
    String metrics;

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final TopicClient kafka = TopicClient.shared();

    @Test
    void aReadyVideoIsCountedAndTimedEndToEnd() {
        PrometheusText before = scrape();
        String id = UUID.randomUUID().toString();
        kafka.send(uploaded(id), started(id), PreviewCreated.create(id,
                new ImageAsset(StorageKeys.previewGif(id), 320, 180, 10, 5000), null));

        assertThat(kafka.collectForVideo(Topics.RENDER_READY, RenderReady.class, id, 1, WAIT)).hasSize(1);

        Awaitility.await().atMost(WAIT).untilAsserted(() -> {
            PrometheusText after = scrape();
            // At least: a video of another test may complete meanwhile.
            assertThat(after.increaseSince(before, "framewise_videos_completed_total", "status", "READY"))
                    .isGreaterThanOrEqualTo(1);
            assertThat(after.increaseSince(before, "framewise_stage_duration_seconds_count", "stage", "end_to_end"))
                    .isGreaterThanOrEqualTo(1);
            assertThat(after.find("framewise_stage_duration_seconds_bucket", "stage", "end_to_end"))
                    .as("a histogram, for percentiles").hasSizeGreaterThan(10);
            assertThat(after.increaseSince(before, "framewise_events_consumed_total", "topic", Topics.PREVIEW_CREATED))
                    .isGreaterThanOrEqualTo(1);
            assertThat(after.increaseSince(before, "framewise_events_produced_total", "topic", Topics.RENDER_READY))
                    .isGreaterThanOrEqualTo(1);
            assertThat(after.find("framewise_videos_completed_total")).allSatisfy(sample ->
                    assertThat(sample.labels()).containsEntry("application", "status-svc"));
        });
    }

    @Test
    void aFailedVideoIsCountedAsFailed() {
        PrometheusText before = scrape();
        String id = UUID.randomUUID().toString();
        kafka.send(uploaded(id), started(id), StageFailed.create(id, Stage.PREVIEW, "no frames", false));

        assertThat(kafka.collectForVideo(Topics.RENDER_READY, RenderReady.class, id, 1, WAIT)).hasSize(1);

        Awaitility.await().atMost(WAIT).untilAsserted(() -> assertThat(
                scrape().increaseSince(before, "framewise_videos_completed_total", "status", "FAILED"))
                .isGreaterThanOrEqualTo(1));
    }

    private PrometheusText scrape() {
        return PrometheusText.parse(given().get(metrics).then().statusCode(200).extract().asString());
    }


    private static FramewiseEvent uploaded(String id) {
        return VideoUploaded.create(id, source(id), "clip.mp4", "video/mp4", 1000, UploadSource.UPLOAD);
    }

    private static FramewiseEvent started(String id) {
        return RenderStart.create(id, source(id), new Probe(2000, 320, 240, 25, "h264", null, 1000, "mp4"),
                List.of(Stage.PREVIEW));
    }

    private static ObjectRef source(String id) {
        return new ObjectRef("framewise-source", StorageKeys.sourceVideo(id, "mp4"));
    }
}
