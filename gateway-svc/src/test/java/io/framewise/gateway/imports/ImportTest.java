package io.framewise.gateway.imports;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.framewise.events.Stage;
import io.framewise.events.StageFailed;
import io.framewise.events.StorageKeys;
import io.framewise.events.Topics;
import io.framewise.events.UploadSource;
import io.framewise.events.VideoUploaded;
import io.framewise.gateway.support.StatusServiceResource;
import io.framewise.gateway.support.TestVideos;
import io.framewise.gateway.support.WebReceiver;
import io.framewise.kit.storage.ObjectStore;
import io.framewise.testkit.FramewiseInfraResource;
import io.framewise.testkit.TopicClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * URL imports against a real local HTTP server on 127.0.0.2 (the one address the test profile allows), and
 * the SSRF refusals: loopback, private, metadata, IPv6 loopback, names resolving to loopback, and redirects
 * from the allowed server to loopback.
 */
@QuarkusTest
@QuarkusTestResource(value = FramewiseInfraResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "database", value = "jdbc"))
@QuarkusTestResource(value = StatusServiceResource.class, restrictToAnnotatedClass = false)
class ImportTest {

    private static WebReceiver server;
    private static WebReceiver loopbackTarget;

    @Inject
    ObjectStore store;

    @BeforeAll
    static void startServers() throws Exception {
        server = new WebReceiver(request -> switch (request.path()) {
            case "/clip.mp4" -> new WebReceiver.Reply(200, Map.of("Content-Type", "video/mp4"), TestVideos.mp4(3000));
            case "/hop" -> new WebReceiver.Reply(302, Map.of("Location", "/clip.mp4"), new byte[0]);
            case "/to-loopback" -> new WebReceiver.Reply(302, Map.of("Location",
                    "http://127.0.0.1:" + port(loopbackTarget) + "/secret"), new byte[0]);
            case "/huge.mp4" -> new WebReceiver.Reply(200, Map.of(), TestVideos.mp4(1_048_577));
            default -> WebReceiver.Reply.of(404);
        });
        loopbackTarget = new WebReceiver(request -> WebReceiver.Reply.of(200));
    }

    @AfterAll
    static void stopServers() {
        server.close();
        loopbackTarget.close();
    }

    @Test
    void importsFromAnAllowedServerFollowingARedirect() {
        String id = given().contentType("application/json").body(Map.of("url", server.url() + "/hop"))
                .post("/videos/imports").then().statusCode(202).extract().path("id");

        var announced = TopicClient.shared().collectForVideo(Topics.VIDEO_UPLOADED, VideoUploaded.class, id, 1,
                Duration.ofSeconds(30));
        assertThat(announced).singleElement().satisfies(event -> {
            assertThat(event.source()).isEqualTo(UploadSource.URL);
            assertThat(event.bytes()).isEqualTo(3000);
            assertThat(event.key()).isEqualTo(StorageKeys.sourceVideo(id, "mp4"));
            assertThat(event.filename()).isEqualTo("clip.mp4");
        });
        assertThat(store.head(announced.get(0).object())).isPresent();
        given().get("/videos/" + id).then().statusCode(200).body("status", equalTo(0))
                .body("filename", equalTo("clip.mp4"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:%d/clip.mp4", "http://10.1.2.3/clip.mp4",
            "http://169.254.169.254/latest/meta-data/", "http://[::1]:%d/clip.mp4", "http://localhost:%d/clip.mp4",
            "http://0.0.0.0:%d/", "http://[::ffff:127.0.0.1]:%d/", "http://100.100.100.200/", "ftp://example.com/x"})
    void refusesNonPublicAddressesAtOnce(String template) {
        String url = template.formatted(port(loopbackTarget));
        given().contentType("application/json").body(Map.of("url", url))
                .post("/videos/imports").then().statusCode(400)
                .body("Code", equalTo("UrlNotAllowed"));
        assertThat(loopbackTarget.received()).isEmpty();
    }

    @Test
    void aRefusalSaysWhatKindOfAddressButNeverTheAddressAHostResolvedTo() {
        String message = given().contentType("application/json")
                .body(Map.of("url", "http://localhost:" + port(loopbackTarget) + "/clip.mp4"))
                .post("/videos/imports").then().statusCode(400).body("Code", equalTo("UrlNotAllowed"))
                .extract().path("Message");
        assertThat(message).contains("localhost").contains("loopback").doesNotContain("127.0.0.1")
                .doesNotContain("::1");
    }

    @Test
    void aRedirectToLoopbackFailsTheVideoVisibly() {
        String id = given().contentType("application/json").body(Map.of("url", server.url() + "/to-loopback"))
                .post("/videos/imports").then().statusCode(202).extract().path("id");

        var failed = TopicClient.shared().collectForVideo(Topics.STAGE_FAILED, StageFailed.class, id, 1,
                Duration.ofSeconds(30));
        assertThat(failed).singleElement().satisfies(event -> {
            assertThat(event.stage()).isEqualTo(Stage.SESSION);
            assertThat(event.reason()).contains("loopback");
        });
        assertThat(loopbackTarget.received()).isEmpty();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().get("/videos/" + id).then()
                .statusCode(200).body("status", equalTo(-1)).body("error", containsString("127.0.0.1")));
    }

    @Test
    void tooLargeADownloadFailsAndStoresNothing() {
        String id = given().contentType("application/json").body(Map.of("url", server.url() + "/huge.mp4"))
                .post("/videos/imports").then().statusCode(202).extract().path("id");
        var failed = TopicClient.shared().collectForVideo(Topics.STAGE_FAILED, StageFailed.class, id, 1,
                Duration.ofSeconds(30));
        assertThat(failed).singleElement().satisfies(event -> assertThat(event.reason()).contains("larger than"));
        assertThat(store.head(new io.framewise.events.ObjectRef(store.sourceBucket(),
                StorageKeys.sourceVideo(id, "mp4")))).isEmpty();
    }

    private static int port(WebReceiver receiver) {
        return Integer.parseInt(receiver.url().substring(receiver.url().lastIndexOf(':') + 1));
    }
}
