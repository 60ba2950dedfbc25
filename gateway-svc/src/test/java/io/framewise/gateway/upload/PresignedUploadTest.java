package io.framewise.gateway.upload;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.framewise.events.ObjectRef;
import io.framewise.events.StorageKeys;
import io.framewise.events.Topics;
import io.framewise.events.UploadSource;
import io.framewise.events.VideoUploaded;
import io.framewise.gateway.support.StatusServiceResource;
import io.framewise.gateway.support.TestVideos;
import io.framewise.kit.storage.ObjectStore;
import io.framewise.testkit.FramewiseInfraResource;
import io.framewise.testkit.TopicClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** The presigned flow end to end: URL, a real PUT to the S3 API, confirmation, one announcement. */
@QuarkusTest
@QuarkusTestResource(value = FramewiseInfraResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "database", value = "jdbc"))
@QuarkusTestResource(value = StatusServiceResource.class, restrictToAnnotatedClass = false)
class PresignedUploadTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Inject
    ObjectStore store;

    @Inject
    S3Client s3;

    @Test
    void presignedPutThenConfirmAnnouncesOnceAndIsIdempotent() throws Exception {
        JsonPath ticket = given().contentType("application/json")
                .body(Map.of("filename", "beach.mp4", "contentType", "video/mp4", "size", 5000))
                .post("/videos/uploads")
                .then().statusCode(201)
                .body("method", equalTo("PUT"))
                .body("expiresAt", notNullValue())
                .body("headers.Content-Type", equalTo("video/mp4"))
                .extract().jsonPath();
        String id = ticket.getString("id");
        given().get("/videos/" + id).then().statusCode(200)
                .body("status", equalTo(0)).body("message", equalTo("Waiting for upload"));

        assertThat(put(ticket.getString("url"), "video/mp4", TestVideos.mp4(5000))).isEqualTo(200);

        given().post("/videos/" + id + "/uploaded").then().statusCode(202)
                .body("id", equalTo(id)).body("alreadyStarted", equalTo(false));
        given().post("/videos/" + id + "/uploaded").then().statusCode(202)
                .body("alreadyStarted", equalTo(true));

        var announced = TopicClient.shared().collectForVideo(Topics.VIDEO_UPLOADED, VideoUploaded.class, id, 1,
                Duration.ofSeconds(20));
        assertThat(announced).singleElement().satisfies(event -> {
            assertThat(event.source()).isEqualTo(UploadSource.PRESIGNED);
            assertThat(event.key()).isEqualTo(StorageKeys.sourceVideo(id, "mp4"));
            assertThat(event.bytes()).isEqualTo(5000);
            assertThat(event.filename()).isEqualTo("beach.mp4");
            assertThat(event.contentType()).isEqualTo("video/mp4");
        });
        // Moved to its typed key; the pending object is gone.
        assertThat(keysUnder(StorageKeys.sourcePrefix(id))).containsExactly(StorageKeys.sourceVideo(id, "mp4"));
    }

    @Test
    void confirmingBeforeUploadingIsAConflictAndChangesNothing() {
        String id = given().contentType("application/json").body("{\"size\": 100}").post("/videos/uploads")
                .then().statusCode(201).extract().path("id");
        given().post("/videos/" + id + "/uploaded").then().statusCode(409)
                .body("Code", equalTo("UploadMissing"));
        given().post("/videos/not-a-presigned-id/uploaded").then().statusCode(404)
                .body("Code", equalTo("NotFoundError"));
    }

    @Test
    void theSizeIsRequiredBoundedAndSignedSoTheStoreRefusesAnyOtherBody() throws Exception {
        given().post("/videos/uploads").then().statusCode(411).body("Code", equalTo("LengthRequired"));
        given().contentType("application/json").body("{}").post("/videos/uploads").then().statusCode(411)
                .body("Message", containsString("size"));
        given().contentType("application/json").body(Map.of("size", 1_048_577)).post("/videos/uploads").then()
                .statusCode(413).body("Code", equalTo("PayloadTooLarge"));
        given().contentType("application/json").body(Map.of("size", 0)).post("/videos/uploads").then()
                .statusCode(400);

        JsonPath ticket = given().contentType("application/json").body(Map.of("size", 5000)).post("/videos/uploads")
                .then().statusCode(201).extract().jsonPath();
        String id = ticket.getString("id");
        assertThat(ticket.getMap("headers")).as("browsers set Content-Length themselves").doesNotContainKey("Content-Length");
        assertThat(put(ticket.getString("url"), null, TestVideos.mp4(6000))).as("a larger body").isEqualTo(403);
        assertThat(put(ticket.getString("url"), null, TestVideos.mp4(4000))).as("a smaller body").isEqualTo(403);
        assertThat(keysUnder(StorageKeys.sourcePrefix(id))).isEmpty();
        given().post("/videos/" + id + "/uploaded").then().statusCode(409).body("Code", equalTo("UploadMissing"));

        assertThat(put(ticket.getString("url"), null, TestVideos.mp4(5000))).isEqualTo(200);
        given().post("/videos/" + id + "/uploaded").then().statusCode(202);
    }

    @Test
    void theStoreHonoursTheETagConditionsTheConfirmationRelieson() {
        ObjectRef object = new ObjectRef(store.sourceBucket(), "videos/" + UUID.randomUUID() + "/source.upload");
        store.put(object, TestVideos.mp4(3000), "application/octet-stream");
        String etag = store.head(object).orElseThrow().eTag();
        ObjectRef copy = new ObjectRef(store.sourceBucket(), object.key() + ".copy");

        assertThat(store.readFirstBytes(object, 8, etag)).hasSize(8);
        assertThatThrownBy(() -> store.readFirstBytes(object, 8, "\"0123456789abcdef0123456789abcdef\""))
                .isInstanceOfSatisfying(S3Exception.class, e -> assertThat(e.statusCode()).isEqualTo(412));
        assertThatThrownBy(() -> store.copy(object, copy, "video/mp4", "\"0123456789abcdef0123456789abcdef\""))
                .isInstanceOfSatisfying(S3Exception.class, e -> assertThat(e.statusCode()).isEqualTo(412));
        assertThat(store.head(copy)).as("nothing copied").isEmpty();
        store.copy(object, copy, "video/mp4", etag);
        assertThat(store.head(copy)).isPresent();
        store.delete(object);
        store.delete(copy);
    }

    @Test
    void anUploadOfAnotherSizeThanAskedIsRefusedAtConfirmation() {
        String id = given().contentType("application/json").body(Map.of("size", 5000)).post("/videos/uploads")
                .then().statusCode(201).extract().path("id");
        // a store that did not check the signed length: the object is put there directly
        store.put(new ObjectRef(store.sourceBucket(), StorageKeys.sourceVideo(id, "upload")), TestVideos.mp4(6000),
                "application/octet-stream");
        given().post("/videos/" + id + "/uploaded").then().statusCode(400).body("Code", equalTo("UploadSizeMismatch"));
        assertThat(keysUnder(StorageKeys.sourcePrefix(id))).isEmpty();
    }

    private static int put(String url, String contentType, byte[] body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private java.util.List<String> keysUnder(String prefix) {
        return s3.listObjectsV2(b -> b.bucket(store.sourceBucket()).prefix(prefix)).contents().stream()
                .map(o -> o.key()).toList();
    }
}
