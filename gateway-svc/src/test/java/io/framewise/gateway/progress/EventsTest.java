package io.framewise.gateway.progress;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.framewise.events.FramewiseEvent;
import io.framewise.events.Label;
import io.framewise.gateway.support.SseClient;
import io.framewise.gateway.support.StatusServiceResource;
import io.framewise.gateway.support.TestVideos;
import io.framewise.testkit.FramewiseInfraResource;
import io.framewise.testkit.TopicClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * SSE observed to READY: the stage events go through the real broker, the real status-svc completes the video
 * and publishes render.ready, and the gateway streams all of it to the client, then ends the stream.
 */
@QuarkusTest
@QuarkusTestResource(value = FramewiseInfraResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "database", value = "jdbc"))
@QuarkusTestResource(value = StatusServiceResource.class, restrictToAnnotatedClass = false)
class EventsTest {

    /** On the management interface: /q/* is not on the public port. */
    @TestHTTPResource(value = "health/ready", management = true)
    String healthReady;

    private static final Duration WAIT = Duration.ofSeconds(30);

    @TestHTTPResource("/videos/")
    URL videos;

    private final TopicClient kafka = TopicClient.shared();

    @BeforeEach
    void feedIsReady() {
        await().atMost(WAIT).untilAsserted(() -> given().get(healthReady).then().statusCode(200));
    }

    @Test
    void streamsEveryStageToReadyThenEnds() throws Exception {
        String id = given().contentType("video/mp4").body(TestVideos.mp4(2000)).post("/videos")
                .then().statusCode(202).extract().path("id");
        try (SseClient sse = SseClient.open(videos + id + "/events")) {
            assertThat(sse.statusCode()).isEqualTo(200);
            assertThat(sse.contentType()).startsWith("text/event-stream");
            SseClient.Event state = sse.next(WAIT);
            assertThat(state.name()).isEqualTo("state");
            assertThat(state.data()).contains("\"status\":0").contains("\"id\":\"" + id + "\"");

            kafka.send(TestVideos.processing(id, new Label("Dog", 90)).toArray(FramewiseEvent[]::new));

            List<SseClient.Event> received = new ArrayList<>();
            SseClient.Event event;
            while ((event = sse.next(WAIT)) != null && event != SseClient.Event.END) {
                received.add(event);
            }
            assertThat(event).as("the stream ends after render.ready").isEqualTo(SseClient.Event.END);
            assertThat(received).extracting(SseClient.Event::name)
                    .contains("render.start", "preview.created", "capture.created", "labels.done")
                    .last().isEqualTo("render.ready");
            assertThat(received.get(received.size() - 1).data()).contains("\"status\":\"READY\"")
                    .contains("\"videoId\":\"" + id + "\"");
        }
    }

    @Test
    void aLateClientOfAFinishedVideoGetsItsStateAndTheEnd() throws Exception {
        String id = TestVideos.newId();
        List<FramewiseEvent> events = new ArrayList<>();
        events.add(TestVideos.uploaded(id, "late.mp4", "video/mp4"));
        events.addAll(TestVideos.processing(id, new Label("Cat", 80)));
        kafka.send(events.toArray(FramewiseEvent[]::new));
        await().atMost(WAIT).untilAsserted(() -> given().get("/videos/" + id).then().body("status", equalTo(1)));

        try (SseClient sse = SseClient.open(videos + id + "/events")) {
            SseClient.Event state = sse.next(WAIT);
            assertThat(state.name()).isEqualTo("state");
            assertThat(state.data()).contains("\"message\":\"Video ready\"").contains("\"Name\":\"Cat\"");
            assertThat(sse.next(WAIT)).isEqualTo(SseClient.Event.END);
        }
    }

    @Test
    void anUnknownVideoIsA404InJson() {
        given().accept("text/event-stream").get("/videos/no-such-video/events").then().statusCode(404)
                .body("Code", equalTo("NotFoundError"));
    }
}
