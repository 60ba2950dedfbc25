package io.framewise.gateway.videos;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.framewise.events.FramewiseEvent;
import io.framewise.events.Label;
import io.framewise.events.ObjectRef;
import io.framewise.events.RenderReady;
import io.framewise.events.StorageKeys;
import io.framewise.events.Topics;
import io.framewise.gateway.support.StatusServiceResource;
import io.framewise.gateway.support.TestVideos;
import io.framewise.kit.storage.ObjectStore;
import io.framewise.testkit.FramewiseInfraResource;
import io.framewise.testkit.TopicClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;

/** Search and delete through the gateway, answered by the real status-svc from the events it consumed. */
@QuarkusTest
@QuarkusTestResource(value = FramewiseInfraResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "database", value = "jdbc"))
@QuarkusTestResource(value = StatusServiceResource.class, restrictToAnnotatedClass = false)
class VideoApiTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final byte[] GIF_BYTES = {'G', 'I', 'F'};
    private static final byte[] WEBP_BYTES = {'W', 'E', 'B', 'P'};
    private static final byte[] CAPTURE_BYTES = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    private final TopicClient kafka = TopicClient.shared();

    @Inject
    ObjectStore store;

    @Inject
    S3Client s3;

    @Test
    void listFiltersCombineWithAndAndPage() {
        String prefix = "list-" + UUID.randomUUID().toString().substring(0, 8);
        String dog = TestVideos.newId();
        String cat = TestVideos.newId();
        String otherDog = TestVideos.newId();
        List<FramewiseEvent> events = new ArrayList<>();
        events.add(TestVideos.uploaded(dog, prefix + "-dog.mp4", "video/mp4"));
        events.addAll(TestVideos.processing(dog, new Label("Dog", 90), new Label("Grass", 60)));
        events.add(TestVideos.uploaded(cat, prefix + "-cat.webm", "video/webm"));
        events.addAll(TestVideos.processing(cat, new Label("Cat", 80)));
        events.add(TestVideos.uploaded(otherDog, "x" + prefix + "-dog.mp4", "video/mp4"));
        events.addAll(TestVideos.processing(otherDog, new Label("Dog", 70)));
        kafka.send(events.toArray(FramewiseEvent[]::new));

        await().atMost(WAIT).untilAsserted(() -> given().queryParam("startswith", prefix).get("/videos").then()
                .statusCode(200).body("total", equalTo(2)).body("items.status", everyItem(equalTo("READY"))));
        await().atMost(WAIT).untilAsserted(() -> given().get("/videos/" + otherDog).then().body("status", equalTo(1)));

        given().queryParam("startswith", prefix).queryParam("label", "DOG").get("/videos").then()
                .body("items.id", contains(dog))
                .body("items[0].name", equalTo(prefix + "-dog.mp4"))
                .body("items[0].type", equalTo("video/mp4"))
                .body("items[0].labels", contains("Dog", "Grass"));
        given().queryParam("startswith", prefix).queryParam("media-type", "video/webm").get("/videos").then()
                .body("items.id", contains(cat));
        given().queryParam("startswith", prefix).queryParam("media-type", "video").queryParam("ignored", "x")
                .get("/videos").then().body("items.id", containsInAnyOrder(dog, cat));
        given().queryParam("startswith", prefix).queryParam("label", "cat").queryParam("media-type", "video/mp4")
                .get("/videos").then().body("total", equalTo(0)).body("items", hasSize(0));
        given().queryParam("label", "dog").get("/videos").then().body("items.id", hasItem(otherDog));

        String first = given().queryParam("startswith", prefix).queryParam("size", 1).get("/videos").then()
                .body("items", hasSize(1)).body("page", equalTo(0)).body("size", equalTo(1))
                .body("total", equalTo(2)).body("totalPages", equalTo(2)).extract().path("items[0].id");
        String second = given().queryParam("startswith", prefix).queryParam("size", 1).queryParam("page", 1)
                .get("/videos").then().body("items", hasSize(1)).extract().path("items[0].id");
        assertThat(List.of(first, second)).containsExactlyInAnyOrder(dog, cat);
    }

    @Test
    void aReadyVideoLinksItsCapturesAndItsListEntryLinksThePreviews() throws Exception {
        String name = "links-" + UUID.randomUUID().toString().substring(0, 8) + ".mp4";
        String id = given().contentType("video/mp4").header("X-Filename", name).body(TestVideos.mp4(2000))
                .post("/videos").then().statusCode(202).extract().path("id");
        putStageOutputs(id);
        kafka.send(TestVideos.processing(id, new Label("Dog", 90)).toArray(FramewiseEvent[]::new));
        await().atMost(WAIT).untilAsserted(() -> given().get("/videos/" + id).then().body("status", equalTo(1)));

        String captureUrl = given().get("/videos/" + id).then().body("labels[0].index", equalTo(0))
                .extract().path("labels[0].captureUrl");
        assertThat(download(captureUrl)).isEqualTo(CAPTURE_BYTES);

        var item = given().queryParam("startswith", name).get("/videos").then().body("items.id", contains(id))
                .extract().jsonPath();
        assertThat(download(item.getString("items[0].gifUrl"))).isEqualTo(GIF_BYTES);
        assertThat(download(item.getString("items[0].webpUrl"))).isEqualTo(WEBP_BYTES);
    }

    @Test
    void deleteRemovesObjectsAndRecordsAndIsIdempotent() {
        String id = given().contentType("video/mp4").body(TestVideos.mp4(2000)).post("/videos")
                .then().statusCode(202).extract().path("id");
        putStageOutputs(id);
        kafka.send(TestVideos.processing(id, new Label("Dog", 90)).toArray(FramewiseEvent[]::new));
        await().atMost(WAIT).untilAsserted(() -> given().get("/videos/" + id).then().body("status", equalTo(1)));

        given().delete("/videos/" + id).then().statusCode(204);
        given().get("/videos/" + id).then().statusCode(404).body("Code", equalTo("NotFoundError"));
        assertThat(objectsOf(id)).isEmpty();
        given().delete("/videos/" + id).then().statusCode(204);
        given().delete("/videos/never-existed").then().statusCode(404).body("Code", equalTo("NotFoundError"));
    }

    @Test
    void deleteDuringProcessingLeavesNoOrphansAndNoAnnouncement() {
        String id = given().contentType("video/mp4").body(TestVideos.mp4(2000)).post("/videos")
                .then().statusCode(202).extract().path("id");
        // Deleted at once (status-svc may not even have read video.uploaded yet) ...
        given().delete("/videos/" + id).then().statusCode(204);
        // ... while the stages go on working on it and report what they wrote.
        putStageOutputs(id);
        kafka.send(TestVideos.processing(id, new Label("Dog", 90)).toArray(FramewiseEvent[]::new));

        await().atMost(WAIT).untilAsserted(() -> assertThat(objectsOf(id)).isEmpty());
        assertThat(kafka.collectForVideo(Topics.RENDER_READY, RenderReady.class, id, 1, Duration.ofSeconds(4)))
                .isEmpty();
        given().get("/videos/" + id).then().statusCode(404);
        given().queryParam("startswith", "").get("/videos").then().body("items.id", org.hamcrest.Matchers.not(
                hasItem(id)));
    }

    private void putStageOutputs(String id) {
        store.put(new ObjectRef(store.renderBucket(), StorageKeys.previewGif(id)), GIF_BYTES, "image/gif");
        store.put(new ObjectRef(store.renderBucket(), StorageKeys.previewWebp(id)), WEBP_BYTES, "image/webp");
        store.put(new ObjectRef(store.sourceBucket(), StorageKeys.capture(id, 0)), CAPTURE_BYTES, "image/jpeg");
    }

    /** GETs a presigned URL as a browser would: no credentials but the URL's own signature. */
    private static byte[] download(String url) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as("GET " + url).isEqualTo(200);
        return response.body();
    }

    private List<String> objectsOf(String id) {
        List<String> keys = new ArrayList<>();
        for (var where : List.of(List.of(store.sourceBucket(), StorageKeys.sourcePrefix(id)),
                List.of(store.sourceBucket(), StorageKeys.capturesPrefix(id)),
                List.of(store.renderBucket(), StorageKeys.renderPrefix(id)))) {
            s3.listObjectsV2(b -> b.bucket(where.get(0)).prefix(where.get(1))).contents()
                    .forEach(o -> keys.add(o.key()));
        }
        return keys;
    }
}
