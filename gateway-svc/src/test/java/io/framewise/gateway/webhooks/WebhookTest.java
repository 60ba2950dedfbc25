package io.framewise.gateway.webhooks;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasLength;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import io.framewise.events.ImageAsset;
import io.framewise.events.Label;
import io.framewise.events.RenderReady;
import io.framewise.events.StorageKeys;
import io.framewise.gateway.support.StatusServiceResource;
import io.framewise.gateway.support.TestVideos;
import io.framewise.gateway.support.WebReceiver;
import io.framewise.testkit.FramewiseInfraResource;
import io.framewise.testkit.TopicClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** Webhooks delivered to a real local receiver that checks the signature as a user's server would. */
@QuarkusTest
@QuarkusTestResource(value = FramewiseInfraResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "database", value = "jdbc"))
@QuarkusTestResource(value = StatusServiceResource.class, restrictToAnnotatedClass = false)
class WebhookTest {

    private static final String SECRET = "a-long-enough-webhook-secret";

    @Test
    void renderReadyIsSignedRetriedAfterA500AndEveryAttemptRecorded() throws Exception {
        String videoId = TestVideos.newId();
        AtomicInteger forThisVideo = new AtomicInteger();
        try (WebReceiver receiver = new WebReceiver(request -> request.body().contains(videoId)
                && forThisVideo.incrementAndGet() == 1 ? WebReceiver.Reply.of(500) : WebReceiver.Reply.of(204))) {
            String hookId = given().contentType("application/json")
                    .body(Map.of("url", receiver.url() + "/hooks/framewise", "secret", SECRET))
                    .post("/webhooks").then().statusCode(201)
                    .body("secret", equalTo("********"))
                    .body("events", equalTo(List.of("render.ready")))
                    .extract().path("id");
            String listed = given().get("/webhooks").then().statusCode(200)
                    .body("id", hasItem(hookId)).extract().asString();
            assertThat(listed).doesNotContain(SECRET);

            TopicClient.shared().send(RenderReady.ready(videoId, StorageKeys.metadata(videoId),
                    new ImageAsset(StorageKeys.previewGif(videoId), 320, 180, 10, 5000), List.of(new Label("Dog", 90))));

            WebReceiver.Received first = nextFor(receiver, videoId);
            WebReceiver.Received second = nextFor(receiver, videoId);
            for (WebReceiver.Received delivery : List.of(first, second)) {
                assertThat(delivery.method()).isEqualTo("POST");
                assertThat(delivery.path()).isEqualTo("/hooks/framewise");
                assertThat(delivery.header("Content-Type")).startsWith("application/json");
                assertThat(delivery.header("X-Framewise-Event")).isEqualTo("render.ready");
                long timestamp = Long.parseLong(delivery.header("X-Framewise-Timestamp"));
                assertThat(Math.abs(Instant.now().getEpochSecond() - timestamp)).isLessThan(60);
                assertThat(MessageDigest.isEqual(
                        delivery.header("X-Framewise-Signature").getBytes(StandardCharsets.US_ASCII),
                        expectedSignature(timestamp, delivery.body()).getBytes(StandardCharsets.US_ASCII)))
                        .as("signature verifies").isTrue();
                assertThat(delivery.body()).contains("\"status\":\"READY\"");
            }
            assertThat(second.header("X-Framewise-Delivery")).isEqualTo(first.header("X-Framewise-Delivery"));

            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given()
                    .get("/webhooks/" + hookId + "/deliveries").then().statusCode(200)
                    .body("find { it.videoId == '" + videoId + "' }.status", equalTo("SUCCEEDED"))
                    .body("find { it.videoId == '" + videoId + "' }.attempts", equalTo(2))
                    .body("find { it.videoId == '" + videoId + "' }.history.statusCode", equalTo(List.of(500, 204)))
                    .body("find { it.videoId == '" + videoId + "' }.history[0].error", containsString("500")));

            given().delete("/webhooks/" + hookId).then().statusCode(204);
            given().delete("/webhooks/" + hookId).then().statusCode(404).body("Code", equalTo("NotFoundError"));
        }
    }

    @Test
    void registrationIsChecked() {
        given().contentType("application/json").body(Map.of("url", "http://127.0.0.1:9/hook", "secret", SECRET))
                .post("/webhooks").then().statusCode(400).body("Code", equalTo("UrlNotAllowed"));
        given().contentType("application/json").body(Map.of("url", "http://127.0.0.2:9/hook", "secret", "short"))
                .post("/webhooks").then().statusCode(400).body("Code", equalTo("BadRequest"));
        given().contentType("application/json")
                .body(Map.of("url", "http://127.0.0.2:9/hook", "secret", SECRET, "events", List.of("video.gone")))
                .post("/webhooks").then().statusCode(400).body("Message", containsString("render.ready"));
        // Without a secret one is generated, shown this once, and masked afterwards.
        String id = given().contentType("application/json").body(Map.of("url", "http://127.0.0.2:9/hook"))
                .post("/webhooks").then().statusCode(201).body("secret", hasLength(64)).extract().path("id");
        given().get("/webhooks/" + id).then().statusCode(200).body("secret", equalTo("********"))
                .body("secret", not(hasLength(64)));
        given().delete("/webhooks/" + id).then().statusCode(204);
    }

    private static WebReceiver.Received nextFor(WebReceiver receiver, String videoId) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            WebReceiver.Received request = receiver.received().poll(1, TimeUnit.SECONDS);
            if (request != null && request.body().contains(videoId)) {
                return request;
            }
        }
        throw new AssertionError("no delivery for video " + videoId + " within 30 s");
    }

    private static String expectedSignature(long timestamp, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "sha256=" + HexFormat.of().formatHex(mac.doFinal((timestamp + "." + body)
                .getBytes(StandardCharsets.UTF_8)));
    }
}
