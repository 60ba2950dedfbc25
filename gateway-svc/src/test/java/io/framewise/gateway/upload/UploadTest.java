package io.framewise.gateway.upload;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
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
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Direct uploads through real HTTP into the real S3 API, announced on the real broker. */
@QuarkusTest
@QuarkusTestResource(value = FramewiseInfraResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "database", value = "jdbc"))
@QuarkusTestResource(value = StatusServiceResource.class, restrictToAnnotatedClass = false)
class UploadTest {

    @Inject
    ObjectStore store;

    @Inject
    software.amazon.awssdk.services.s3.S3Client s3;

    @Test
    void multipartUploadIsStoredUnderItsSniffedTypeAnnouncedAndKnownAtOnce() {
        String id = given().multiPart("file", "../../holiday clip.txt", TestVideos.mp4(4096), "text/plain")
                .when().post("/videos")
                .then().statusCode(202)
                .body("statusUrl", containsString("/videos/"))
                .body("eventsUrl", containsString("/events"))
                .extract().path("id");

        ObjectRef stored = new ObjectRef(store.sourceBucket(), StorageKeys.sourceVideo(id, "mp4"));
        assertThat(store.head(stored)).hasValueSatisfying(head -> {
            assertThat(head.contentLength()).isEqualTo(4096);
            assertThat(head.contentType()).isEqualTo("video/mp4");
        });
        var announced = TopicClient.shared().collectForVideo(Topics.VIDEO_UPLOADED, VideoUploaded.class, id, 1,
                Duration.ofSeconds(20));
        assertThat(announced).singleElement().satisfies(event -> {
            assertThat(event.key()).isEqualTo(stored.key());
            assertThat(event.bytes()).isEqualTo(4096);
            assertThat(event.filename()).isEqualTo("holiday clip.txt");
            assertThat(event.source()).isEqualTo(UploadSource.UPLOAD);
        });
        // Known at once, whether or not status-svc has read the event yet.
        given().get("/videos/" + id).then().statusCode(200)
                .body("status", equalTo(0)).body("message", equalTo("Processing video"));
    }

    @Test
    void rawBodyUploadWorksToo() {
        String id = given().contentType("video/mp4").header("X-Filename", "raw.mp4").body(TestVideos.mp4(10_000))
                .when().post("/videos")
                .then().statusCode(202).body("id", notNullValue())
                .extract().path("id");
        assertThat(store.head(new ObjectRef(store.sourceBucket(), StorageKeys.sourceVideo(id, "mp4")))).isPresent();
    }

    @Test
    void oversizedUploadIsRefusedWith413AndNothingIsStored() {
        int before = storedVideos();
        byte[] body = TestVideos.mp4(1_048_577);
        given().contentType("application/octet-stream").body(body)
                .when().post("/videos")
                .then().statusCode(413)
                .body("Code", equalTo("PayloadTooLarge"));
        given().multiPart("file", "big.mp4", body, "video/mp4")
                .when().post("/videos")
                .then().statusCode(413)
                .body("Code", equalTo("PayloadTooLarge"));
        assertThat(storedVideos()).isEqualTo(before);
    }

    private int storedVideos() {
        return s3.listObjectsV2(b -> b.bucket(store.sourceBucket()).prefix("videos/")).keyCount();
    }

    @Test
    void emptyUploadIsABadRequest() {
        given().contentType("video/mp4").body(new byte[0])
                .when().post("/videos")
                .then().statusCode(400)
                .body("Code", equalTo("EmptyUpload"));
    }
}
