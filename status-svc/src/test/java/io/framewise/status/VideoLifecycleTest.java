package io.framewise.status;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.JsonNode;
import io.framewise.events.CaptureCreated;
import io.framewise.events.CaptureRef;
import io.framewise.events.FramewiseEvent;
import io.framewise.events.ImageAsset;
import io.framewise.events.Label;
import io.framewise.events.LabelsDone;
import io.framewise.events.ObjectRef;
import io.framewise.events.PreviewCreated;
import io.framewise.events.Probe;
import io.framewise.events.RenderReady;
import io.framewise.events.RenderStart;
import io.framewise.events.RenderStatus;
import io.framewise.events.Stage;
import io.framewise.events.StageFailed;
import io.framewise.events.StorageKeys;
import io.framewise.events.Topics;
import io.framewise.events.UploadSource;
import io.framewise.events.VideoUploaded;
import io.framewise.events.serde.EventJson;
import io.framewise.kit.storage.ObjectStore;
import io.framewise.testkit.FramewiseInfraResource;
import io.framewise.testkit.TopicClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Real events through the real broker into the real database and bucket, and render.ready out. */
@QuarkusTest
@QuarkusTestResource(value = FramewiseInfraResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "database", value = "true"))
class VideoLifecycleTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    ObjectStore store;

    private final TopicClient kafka = TopicClient.shared();

    @Test
    void completesFromEventsAloneWritesMetadataAndAnnouncesReadyOnce() throws Exception {
        String id = UUID.randomUUID().toString();
        List<FramewiseEvent> events = happyPath(id);
        // Labels arrive before the captures they belong to: order between topics is not guaranteed.
        kafka.send(events.get(0), events.get(1), events.get(5), events.get(6), events.get(2));
        kafka.send(events.get(3), events.get(4), events.get(7));

        List<RenderReady> ready = kafka.collectForVideo(Topics.RENDER_READY, RenderReady.class, id, 1, WAIT);
        assertThat(ready).hasSize(1);
        RenderReady announcement = ready.get(0);
        assertThat(announcement.status()).isEqualTo(RenderStatus.READY);
        assertThat(announcement.metadataKey()).isEqualTo(StorageKeys.metadata(id));
        assertThat(announcement.allLabels()).extracting(Label::name).containsExactly("Dog", "Grass", "Person");
        assertThat(announcement.allLabels().get(0).confidence()).isEqualTo(97.0);

        JsonNode metadata = EventJson.mapper().readTree(store.read(new ObjectRef(store.renderBucket(),
                StorageKeys.metadata(id))));
        assertThat(metadata.path("id").asText()).isEqualTo(id);
        assertThat(metadata.path("labels")).hasSize(2);
        assertThat(metadata.path("labels").get(1).path("time").asDouble()).isEqualTo(4.2);
        assertThat(metadata.path("allLabels").get(0).path("Name").asText()).isEqualTo("Dog");
        assertThat(metadata.path("allLabels").get(0).path("Confidence").asDouble()).isEqualTo(97.0);
        assertThat(metadata.path("gif").path("key").asText()).isEqualTo(StorageKeys.previewGif(id));
        assertThat(metadata.path("probe").path("width").asInt()).isEqualTo(640);

        // Every event delivered again: nothing changes, no second announcement.
        kafka.send(events.toArray(FramewiseEvent[]::new));
        assertThat(kafka.collectForVideo(Topics.RENDER_READY, RenderReady.class, id, 2, Duration.ofSeconds(6)))
                .hasSize(1);
        given().get("/videos/" + id).then().statusCode(200)
                .body("status", equalTo("READY"))
                .body("captures", hasSize(2))
                .body("pendingStages", hasSize(0));
    }

    @Test
    void aVideoInWhichNothingIsRecognisedStillComesOutReady() {
        String id = UUID.randomUUID().toString();
        List<FramewiseEvent> events = happyPath(id);
        kafka.send(events.get(0), events.get(1), events.get(2), events.get(3),
                LabelsDone.create(id, 0, 0, List.of(), List.of()), CaptureCreated.completion(id, 1));

        List<RenderReady> ready = kafka.collectForVideo(Topics.RENDER_READY, RenderReady.class, id, 1, WAIT);

        assertThat(ready).singleElement().satisfies(event -> {
            assertThat(event.status()).isEqualTo(RenderStatus.READY);
            assertThat(event.allLabels()).isEmpty();
        });
    }

    @Test
    void aFailedStageFailsTheVideoWithItsReason() {
        String id = UUID.randomUUID().toString();
        List<FramewiseEvent> events = happyPath(id);
        kafka.send(events.get(0), events.get(1),
                StageFailed.create(id, Stage.CAPTURES, "cannot decode frame 12: invalid data", false));

        List<RenderReady> ready = kafka.collectForVideo(Topics.RENDER_READY, RenderReady.class, id, 1, WAIT);
        assertThat(ready).singleElement().satisfies(event -> {
            assertThat(event.status()).isEqualTo(RenderStatus.FAILED);
            assertThat(event.error()).isEqualTo("cannot decode frame 12: invalid data");
        });
        given().get("/videos/" + id).then().statusCode(200)
                .body("status", equalTo("FAILED"))
                .body("failedStage", equalTo("captures"));
    }

    @Test
    void waitsWhileAStageIsPendingAndSaysWhich() {
        String id = UUID.randomUUID().toString();
        List<FramewiseEvent> events = happyPath(id);
        kafka.send(events.get(0), events.get(1), events.get(2));
        org.awaitility.Awaitility.await().atMost(WAIT).untilAsserted(() ->
                given().get("/videos/" + id).then().statusCode(200)
                        .body("status", equalTo("PROCESSING"))
                        .body("pendingStages", equalTo(List.of("captures", "labels"))));
    }

    @Test
    void unknownVideoIsNotFound() {
        given().get("/videos/no-such-video").then().statusCode(404);
    }

    /** uploaded, render.start, preview, capture 0, capture 1, labels 0, labels 1, marker(2). */
    private static List<FramewiseEvent> happyPath(String id) {
        String source = StorageKeys.sourceVideo(id, "mp4");
        List<FramewiseEvent> events = new ArrayList<>();
        events.add(VideoUploaded.create(id, new ObjectRef("framewise-source", source), "dog.mp4", "video/mp4", 1000,
                UploadSource.UPLOAD));
        events.add(RenderStart.create(id, new ObjectRef("framewise-source", source),
                new Probe(8000, 640, 360, 25, "h264", null, 1000, "mp4"),
                List.of(Stage.PREVIEW, Stage.CAPTURES, Stage.LABELS)));
        events.add(PreviewCreated.create(id, new ImageAsset(StorageKeys.previewGif(id), 320, 180, 10, 5000),
                new ImageAsset(StorageKeys.previewWebp(id), 320, 180, 10, 3000)));
        events.add(CaptureCreated.of(id, new CaptureRef(0, 0, StorageKeys.capture(id, 0), 640, 360)));
        events.add(CaptureCreated.of(id, new CaptureRef(1, 4200, StorageKeys.capture(id, 1), 640, 360)));
        events.add(LabelsDone.create(id, 0, 0, List.of(new Label("Dog", 91.5, List.of("Animal")),
                new Label("Grass", 60)), List.of()));
        events.add(LabelsDone.create(id, 1, 4200, List.of(new Label("Dog", 97.0, List.of("Animal")),
                new Label("Person", 55)), List.of()));
        events.add(CaptureCreated.completion(id, 2));
        return events;
    }
}
