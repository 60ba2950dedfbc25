package io.framewise.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

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
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;

/** The presigned flow end to end: URL, a real PUT to the S3 API, confirmation, one announcement. */
@QuarkusTest
@QuarkusTestResource(value = FramewiseInfraResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "database", value = "true"))
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
                .body(Map.of("filename", "beach.mp4", "contentType", "video/mp4"))
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
        String id = given().contentType("application/json").body("{}").post("/videos/uploads")
                .then().statusCode(201).extract().path("id");
        given().post("/videos/" + id + "/uploaded").then().statusCode(409)
                .body("Code", equalTo("UploadMissing"));
        given().post("/videos/not-a-presigned-id/uploaded").then().statusCode(404)
                .body("Code", equalTo("NotFoundError"));
    }

    @Test
    void oversizedPresignedUploadIsRefusedWith413AndDeleted() throws Exception {
        String ticketJson = given().post("/videos/uploads").then().statusCode(201).extract().asString();
        JsonPath ticket = JsonPath.from(ticketJson);
        String id = ticket.getString("id");
        assertThat(put(ticket.getString("url"), null, TestVideos.mp4(1_048_577))).isEqualTo(200);

        given().post("/videos/" + id + "/uploaded").then().statusCode(413)
                .body("Code", equalTo("PayloadTooLarge"));
        assertThat(keysUnder(StorageKeys.sourcePrefix(id))).isEmpty();
        assertThat(TopicClient.shared().collectForVideo(Topics.VIDEO_UPLOADED, VideoUploaded.class, id, 1,
                Duration.ofSeconds(3))).isEmpty();
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
