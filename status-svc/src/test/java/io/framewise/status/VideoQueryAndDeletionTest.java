package io.framewise.status;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

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
import io.framewise.events.Stage;
import io.framewise.events.StorageKeys;
import io.framewise.events.Topics;
import io.framewise.events.UploadSource;
import io.framewise.events.VideoUploaded;
import io.framewise.kit.storage.ObjectStore;
import io.framewise.testkit.FramewiseInfraResource;
import io.framewise.testkit.TopicClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The list's filters and totals, and deletion with its tombstone, against the real database and bucket. */
@QuarkusTest
@QuarkusTestResource(value = FramewiseInfraResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "database", value = "true"))
class VideoQueryAndDeletionTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    ObjectStore store;

    private final TopicClient kafka = TopicClient.shared();

    @Test
    void listsByPrefixLabelAndMediaTypeWithTotals() {
        String prefix = "q-" + UUID.randomUUID().toString().substring(0, 8);
        String mp4 = ready(prefix + "-a.mp4", "video/mp4", new Label("Dog", 91));
        String webm = ready(prefix + "-b.webm", "video/webm", new Label("Cat", 80));
        await().atMost(WAIT).untilAsserted(() -> given().queryParam("startswith", prefix)
                .queryParam("status", "READY").get("/videos").then().body("total", equalTo(2)));

        given().queryParam("startswith", prefix).queryParam("label", "dOg").get("/videos").then()
                .body("items.id", contains(mp4)).body("items[0].allLabels.name", contains("Dog"));
        given().queryParam("startswith", prefix).queryParam("media-type", "VIDEO/WEBM").get("/videos").then()
                .body("items.id", contains(webm));
        given().queryParam("startswith", prefix).queryParam("media-type", "video").queryParam("size", 1)
                .get("/videos").then().body("items", hasSize(1)).body("total", equalTo(2)).body("size", equalTo(1));
    }

    @Test
    void deletionKeepsATombstoneThatCleansUpLateEventsAndNeverCompletes() {
        String id = UUID.randomUUID().toString();
        kafka.send(uploaded(id, "late.mp4", "video/mp4"));
        await().atMost(WAIT).untilAsserted(() -> given().get("/videos/" + id).then().statusCode(200));

        given().delete("/videos/" + id).then().statusCode(204);
        given().get("/videos/" + id).then().statusCode(404);
        given().delete("/videos/" + id).then().statusCode(204);

        // A stage still at work writes its output and reports it, after the delete.
        ObjectRef gif = new ObjectRef(store.renderBucket(), StorageKeys.previewGif(id));
        store.put(gif, new byte[]{1}, "image/gif");
        kafka.send(stages(id, new Label("Dog", 90)).toArray(FramewiseEvent[]::new));
        await().atMost(WAIT).untilAsserted(() -> assertThat(store.head(gif)).isEmpty());
        assertThat(kafka.collectForVideo(Topics.RENDER_READY, RenderReady.class, id, 1, Duration.ofSeconds(4)))
                .isEmpty();
        given().get("/videos/" + id).then().statusCode(404);
    }

    @Test
    void deletingAVideoNotSeenYetNeedsTheTombstoneFlag() {
        String id = UUID.randomUUID().toString();
        given().delete("/videos/" + id).then().statusCode(404);
        given().queryParam("tombstone", true).delete("/videos/" + id).then().statusCode(204);

        ObjectRef source = new ObjectRef(store.sourceBucket(), StorageKeys.sourceVideo(id, "mp4"));
        store.put(source, new byte[]{1}, "video/mp4");
        kafka.send(uploaded(id, "racing.mp4", "video/mp4"));
        await().atMost(WAIT).untilAsserted(() -> assertThat(store.head(source)).isEmpty());
        given().get("/videos/" + id).then().statusCode(404);
    }

    private String ready(String filename, String contentType, Label label) {
        String id = UUID.randomUUID().toString();
        kafka.send(uploaded(id, filename, contentType));
        kafka.send(stages(id, label).toArray(FramewiseEvent[]::new));
        return id;
    }

    private static VideoUploaded uploaded(String id, String filename, String contentType) {
        return VideoUploaded.create(id, new ObjectRef("framewise-source", StorageKeys.sourceVideo(id, "mp4")),
                filename, contentType, 1000, UploadSource.UPLOAD);
    }

    /** render.start, preview, one labelled capture and the marker: everything READY needs. */
    private static List<FramewiseEvent> stages(String id, Label label) {
        ObjectRef source = new ObjectRef("framewise-source", StorageKeys.sourceVideo(id, "mp4"));
        return List.of(
                RenderStart.create(id, source, new Probe(4000, 640, 360, 25, "h264", null, 1000, "mp4"),
                        List.of(Stage.PREVIEW, Stage.CAPTURES, Stage.LABELS)),
                PreviewCreated.create(id, new ImageAsset(StorageKeys.previewGif(id), 320, 180, 10, 5000), null),
                CaptureCreated.of(id, new CaptureRef(0, 0, StorageKeys.capture(id, 0), 640, 360)),
                LabelsDone.create(id, 0, 0, List.of(label), List.of()),
                CaptureCreated.completion(id, 1));
    }
}
