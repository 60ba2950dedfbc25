package io.framewise.gateway.videos;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.framewise.events.CaptureCreated;
import io.framewise.events.CaptureRef;
import io.framewise.events.Face;
import io.framewise.events.FaceBox;
import io.framewise.events.ImageAsset;
import io.framewise.events.Label;
import io.framewise.events.LabelsDone;
import io.framewise.events.MediaFile;
import io.framewise.events.ObjectRef;
import io.framewise.events.PreviewCreated;
import io.framewise.events.Probe;
import io.framewise.events.RenderStart;
import io.framewise.events.RenditionsCreated;
import io.framewise.events.Stage;
import io.framewise.events.StorageKeys;
import io.framewise.events.StoryboardCreated;
import io.framewise.events.TranscriptCreated;
import io.framewise.events.TranscriptSegment;
import io.framewise.gateway.support.StatusServiceResource;
import io.framewise.gateway.support.TestVideos;
import io.framewise.kit.storage.ObjectStore;
import io.framewise.testkit.FramewiseInfraResource;
import io.framewise.testkit.TopicClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The later stages' outputs through the public API: presigned renditions, HLS and the storyboard served through
 * the gateway (relative paths must resolve), transcript and people, and search by spoken words and by person.
 */
@QuarkusTest
@QuarkusTestResource(value = FramewiseInfraResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "database", value = "jdbc"))
@QuarkusTestResource(value = StatusServiceResource.class, restrictToAnnotatedClass = false)
class MediaOutputsTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String MASTER = "#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=900000,RESOLUTION=640x360\n"
            + "360p/index.m3u8\n";

    private final TopicClient kafka = TopicClient.shared();

    @Inject
    ObjectStore store;

    @Test
    void aFinishedVideoOffersItsRenditionsStoryboardTranscriptAndPeople() {
        String id = TestVideos.newId();
        String personId = "lin-" + id.substring(0, 8);
        putRender(StorageKeys.hlsMaster(id), MASTER, "application/vnd.apple.mpegurl");
        putRender(StorageKeys.hlsPrefix(id) + "360p/index.m3u8", "#EXTM3U\n#EXTINF:4.0,\nseg_000.ts\n",
                "application/vnd.apple.mpegurl");
        putRender(StorageKeys.storyboardVtt(id), "WEBVTT\n\n00:00:00.000 --> 00:00:02.000\nstoryboard.jpg#xywh=0,0,160,90\n",
                "text/vtt");
        String source = StorageKeys.sourceVideo(id, "mp4");
        kafka.send(TestVideos.uploaded(id, "lecture.mp4", "video/mp4"),
                RenderStart.create(id, new ObjectRef(store.sourceBucket(), source),
                        new Probe(8000, 640, 360, 25, "h264", "aac", 1000, "mp4"),
                        List.of(Stage.PREVIEW, Stage.CAPTURES, Stage.LABELS, Stage.STORYBOARD, Stage.TRANSCODE,
                                Stage.TRANSCRIBE)),
                PreviewCreated.create(id, new ImageAsset(StorageKeys.previewGif(id), 320, 180, 10, 3), null),
                CaptureCreated.of(id, new CaptureRef(0, 2000, StorageKeys.capture(id, 0), 640, 360)),
                LabelsDone.create(id, 0, 2000, List.of(new Label("Person", 90)),
                        List.of(Face.matched(new FaceBox(0.2, 0.2, 0.3, 0.4), 97, personId, "Lin Yu", 84))),
                CaptureCreated.completion(id, 1),
                StoryboardCreated.create(id, new ImageAsset(StorageKeys.storyboardSprite(id), 800, 90, 4, 9000),
                        StorageKeys.storyboardVtt(id), 2000, 5, 1, 160, 90),
                RenditionsCreated.create(id, List.of(new MediaFile("360p", StorageKeys.rendition(id, "360p"),
                                "video/mp4", "h264", 640, 360, 800_000, 300_000)),
                        new MediaFile("audio", StorageKeys.audio(id), "audio/mpeg", "mp3", 0, 0, 128_000, 90_000),
                        StorageKeys.hlsMaster(id)),
                TranscriptCreated.create(id, "en-US", "welcome to the lecture on distributed systems",
                        List.of(new TranscriptSegment(0, 3000, "welcome to the lecture on distributed systems")),
                        StorageKeys.transcriptJson(id), StorageKeys.transcriptVtt(id), "test"));

        await().atMost(WAIT).untilAsserted(() -> given().get("/videos/" + id).then().body("status", equalTo(1)));
        given().get("/videos/" + id).then().statusCode(200)
                .body("renditions[0].name", equalTo("360p"))
                .body("renditions[0].url", containsString(StorageKeys.rendition(id, "360p")))
                .body("audio.url", containsString("audio.mp3"))
                .body("hlsUrl", equalTo("/videos/" + id + "/files/hls/master.m3u8"))
                .body("storyboard.vttUrl", equalTo("/videos/" + id + "/files/storyboard.vtt"))
                .body("transcript.text", equalTo("welcome to the lecture on distributed systems"))
                .body("transcript.vttUrl", containsString("transcript.vtt"))
                .body("people[0].name", equalTo("Lin Yu"))
                .body("people[0].appearances[0].timeMs", equalTo(2000))
                .body("peopleUrl", containsString("people.json"))
                .body("labels[0].faces[0].person", equalTo("Lin Yu"));

        // Players follow relative paths from the master playlist and the storyboard's WebVTT.
        given().get("/videos/" + id + "/files/hls/master.m3u8").then().statusCode(200)
                .contentType(startsWith("application/vnd.apple.mpegurl")).body(equalTo(MASTER));
        given().get("/videos/" + id + "/files/hls/360p/index.m3u8").then().statusCode(200)
                .body(containsString("seg_000.ts"));
        given().get("/videos/" + id + "/files/storyboard.vtt").then().statusCode(200)
                .contentType(startsWith("text/vtt")).body(startsWith("WEBVTT"));
        // Nothing else of the bucket is reachable that way.
        given().get("/videos/" + id + "/files/metadata.json").then().statusCode(404);
        given().get("/videos/" + id + "/files/hls/..%2F..%2Fmetadata.json").then().statusCode(404);
        given().get("/videos/" + id + "/files/hls/360p/seg_999.ts").then().statusCode(404);

        given().queryParam("q", "distributed system").get("/videos").then().statusCode(200)
                .body("items.id", hasItem(id));
        given().queryParam("q", "quantum").get("/videos").then().body("items.id", not(hasItem(id)));
        given().queryParam("person", "lin yu").get("/videos").then().body("items.id", hasItem(id));
        given().queryParam("q", "x".repeat(201)).get("/videos").then().statusCode(400);
    }

    private void putRender(String key, String text, String contentType) {
        store.put(new ObjectRef(store.renderBucket(), key), text.getBytes(StandardCharsets.UTF_8), contentType);
    }
}
