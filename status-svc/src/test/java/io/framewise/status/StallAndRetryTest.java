package io.framewise.status;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.framewise.events.CaptureCreated;
import io.framewise.events.CaptureRef;
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
import io.framewise.events.Topics;
import io.framewise.testkit.FramewiseInfraResource;
import io.framewise.testkit.TopicClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A video whose preview never reports is failed by the watchdog once the (here 2 s) stall limit has passed, with a
 * reason naming what it waited for; {@code POST /videos/{id}/retry?stage=preview} then makes it PROCESSING again and
 * asks for the preview on render.reprocess (only that stage), and the retried preview makes it READY. A labels retry
 * announces the stored captures again on capture.created.
 */
@QuarkusTest
@TestProfile(StallAndRetryTest.ShortStall.class)
@QuarkusTestResource(value = FramewiseInfraResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "database", value = "true"))
class StallAndRetryTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    public static class ShortStall implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("framewise.status.stall-limit", "PT2S", "framewise.status.watchdog-every", "1s");
        }
    }

    private final TopicClient kafka = TopicClient.shared();

    @Test
    void aStalledVideoIsFailedByTheWatchdogAndItsStageRetriedToReady() {
        String id = UUID.randomUUID().toString();
        RenderStart start = new RenderStart(id, UUID.randomUUID(), Instant.now(),
                new ObjectRef("framewise-source", "videos/" + id + "/source.mp4"),
                new Probe(4000, 640, 360, 25, "h264", "aac", 1000, "mp4"), List.of(Stage.PREVIEW, Stage.CAPTURES,
                Stage.LABELS));
        kafka.send(start, CaptureCreated.of(id, new CaptureRef(0, 0, id + "/captures/0.jpg", 320, 180)),
                CaptureCreated.completion(id, 1),
                LabelsDone.create(id, 0, 0, List.of(new Label("Dog", 90, List.of("Animal"))), List.of()));
        // No preview ever comes.

        List<RenderReady> stalled = kafka.collectForVideo(Topics.RENDER_READY, RenderReady.class, id, 1, WAIT);
        assertThat(stalled).singleElement().satisfies(event -> {
            assertThat(event.status()).isEqualTo(RenderStatus.FAILED);
            assertThat(event.error()).startsWith("stalled").contains("preview");
        });

        given().post("/videos/" + id + "/retry?stage=labels").then().statusCode(202);
        given().post("/videos/" + id + "/retry?stage=preview").then().statusCode(409)
                .body("message", containsString("still processing"));
        List<CaptureCreated> announced = kafka.collect(Topics.CAPTURE_CREATED, CaptureCreated.class,
                e -> e.videoId().equals(id) && !e.isCompletionMarker(), list -> list.size() >= 2, WAIT);
        assertThat(announced).hasSize(2).allSatisfy(e -> assertThat(e.capture().key()).isEqualTo(id + "/captures/0.jpg"));
        kafka.send(LabelsDone.create(id, 0, 0, List.of(new Label("Dog", 91, List.of("Animal"))), List.of()));
        // Still no preview (nobody answers render.reprocess here): the watchdog fails it again.
        assertThat(kafka.collect(Topics.RENDER_READY, RenderReady.class, e -> e.videoId().equals(id),
                list -> list.size() >= 2, WAIT)).hasSize(2);

        given().post("/videos/" + id + "/retry?stage=preview").then().statusCode(202)
                .body("status", equalTo("PROCESSING"));
        given().get("/videos/" + id).then().statusCode(200).body("status", equalTo("PROCESSING"));
        // gif-svc's part, at once (the watchdog would fail the video again after 2 s without it).
        ImageAsset gif = new ImageAsset(id + "/preview.gif", 320, 180, 10, 1000);
        kafka.send(new PreviewCreated(id, UUID.randomUUID(), Instant.now(), gif, null, List.of()));
        // The labels retry asked for the preview too (the video still lacked it); so did the preview retry.
        List<RenderStart> reprocess = kafka.collect(Topics.RENDER_REPROCESS, RenderStart.class,
                e -> e.videoId().equals(id), list -> list.size() >= 2, WAIT);
        assertThat(reprocess).hasSize(2).allSatisfy(event -> {
            assertThat(event.stages()).containsExactly(Stage.PREVIEW);
            assertThat(event.source()).isEqualTo(start.source());
            assertThat(event.eventId()).isNotEqualTo(start.eventId());
        });
        List<RenderReady> outcomes = kafka.collect(Topics.RENDER_READY, RenderReady.class,
                e -> e.videoId().equals(id), list -> list.size() >= 3, WAIT);
        assertThat(outcomes).extracting(RenderReady::status)
                .containsExactly(RenderStatus.FAILED, RenderStatus.FAILED, RenderStatus.READY);
        // The second FAILED is a new outcome, not a re-send: consumers that drop repeated ids must still see it.
        assertThat(outcomes).extracting(RenderReady::eventId).doesNotHaveDuplicates();
    }

    @Test
    void retriesThatCannotBeDoneAreRefusedWithAReason() {
        given().post("/videos/never-seen/retry?stage=preview").then().statusCode(404);
        given().post("/videos/never-seen/retry?stage=sparkles").then().statusCode(400)
                .body("message", containsString("stage must be one of"));
        given().post("/videos/never-seen/retry").then().statusCode(400);
    }
}
