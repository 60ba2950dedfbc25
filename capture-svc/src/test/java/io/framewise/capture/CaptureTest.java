package io.framewise.capture;

import static org.assertj.core.api.Assertions.assertThat;

import io.framewise.events.CaptureCreated;
import io.framewise.events.CaptureRef;
import io.framewise.events.ObjectRef;
import io.framewise.events.Probe;
import io.framewise.events.RenderStart;
import io.framewise.events.Stage;
import io.framewise.events.StageFailed;
import io.framewise.events.StorageKeys;
import io.framewise.events.Topics;
import io.framewise.kit.storage.ObjectStore;
import io.framewise.testkit.FramewiseInfraResource;
import io.framewise.testkit.TestVideos;
import io.framewise.testkit.TopicClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** render.start in; a JPEG per shot in the source bucket, capture.created per shot and the marker out. */
@QuarkusTest
@QuarkusTestResource(value = FramewiseInfraResource.class, restrictToAnnotatedClass = false)
class CaptureTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    ObjectStore store;

    private final TopicClient kafka = TopicClient.shared();

    @Test
    void oneStoredCapturePerShotThenTheMarkerWithTheCount() throws Exception {
        RenderStart start = renderStart(TestVideos.scenesWithPhotos(), 8000, List.of(Stage.CAPTURES, Stage.LABELS));

        var events = kafka.collectForVideo(Topics.CAPTURE_CREATED, CaptureCreated.class, start.videoId(), 5, WAIT);

        assertThat(events).hasSize(5);
        assertThat(events.subList(0, 4)).extracting(e -> e.capture().index()).containsExactly(0, 1, 2, 3);
        // A keyframe every second: scanned keyframe by keyframe, each shot captured at its first keyframe past
        // the 0.5 s delay.
        assertThat(events.subList(0, 4)).extracting(e -> e.capture().timeMs()).containsExactly(1000L, 3000L, 5000L, 7000L);
        assertThat(events.get(4).isCompletionMarker()).isTrue();
        assertThat(events.get(4).count()).isEqualTo(4);
        for (CaptureCreated event : events.subList(0, 4)) {
            CaptureRef capture = event.capture();
            assertThat(capture.key()).isEqualTo(StorageKeys.capture(start.videoId(), capture.index()));
            BufferedImage jpeg = ImageIO.read(new ByteArrayInputStream(
                    store.read(new ObjectRef(store.sourceBucket(), capture.key()))));
            assertThat(jpeg.getWidth()).isEqualTo(640).isEqualTo(capture.width());
            assertThat(jpeg.getHeight()).isEqualTo(360).isEqualTo(capture.height());
        }
    }

    @Test
    void aRedeliveredRenderStartRepeatsTheSameEventIds() throws Exception {
        RenderStart start = renderStart(TestVideos.clip(Duration.ofSeconds(2), 320, 240, 15), 2000,
                List.of(Stage.CAPTURES));
        kafka.send(start);

        var events = kafka.collectForVideo(Topics.CAPTURE_CREATED, CaptureCreated.class, start.videoId(), 4, WAIT);

        assertThat(events).hasSize(4);
        assertThat(events.stream().map(CaptureCreated::eventId).distinct()).hasSize(2);
    }

    @Test
    void aVideoCutShortFailsTheCaptureStage() throws Exception {
        RenderStart start = renderStart(TestVideos.broken(TestVideos.Broken.HEADER_ONLY), 8000,
                List.of(Stage.CAPTURES));

        var failed = kafka.collectForVideo(Topics.STAGE_FAILED, StageFailed.class, start.videoId(), 1, WAIT);

        assertThat(failed).singleElement().satisfies(failure -> {
            assertThat(failure.stage()).isEqualTo(Stage.CAPTURES);
            assertThat(failure.reason()).contains("truncated or damaged");
            assertThat(failure.retriable()).isFalse();
        });
    }

    private RenderStart renderStart(Path file, long durationMs, List<Stage> stages) throws Exception {
        String videoId = UUID.randomUUID().toString();
        ObjectRef source = new ObjectRef(store.sourceBucket(), StorageKeys.sourceVideo(videoId, "mp4"));
        store.put(source, file, "video/mp4");
        RenderStart start = RenderStart.create(videoId, source,
                new Probe(durationMs, 640, 360, 25, "h264", null, Files.size(file), "mp4"), stages);
        kafka.send(start);
        return start;
    }
}
