package io.framewise.gif;

import static org.assertj.core.api.Assertions.assertThat;

import io.framewise.events.ObjectRef;
import io.framewise.events.PreviewCreated;
import io.framewise.events.Probe;
import io.framewise.events.RenderStart;
import io.framewise.events.Stage;
import io.framewise.events.StageFailed;
import io.framewise.events.StorageKeys;
import io.framewise.events.Topics;
import io.framewise.events.serde.EventSerializer;
import io.framewise.kit.storage.ObjectStore;
import io.framewise.testkit.FramewiseInfraResource;
import io.framewise.testkit.TestVideos;
import io.framewise.testkit.TopicClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;

/** render.start in; a GIF and a WebP in the render bucket and preview.created out, over the real broker and S3. */
@QuarkusTest
@QuarkusTestResource(value = FramewiseInfraResource.class, restrictToAnnotatedClass = false)
class PreviewTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    ObjectStore store;

    private final TopicClient kafka = TopicClient.shared();

    @Test
    void makesAndStoresTenFramesOfGifAndWebp() throws Exception {
        RenderStart start = renderStart(TestVideos.scenesWithPhotos(), 8000, List.of(Stage.PREVIEW));

        var created = kafka.collectForVideo(Topics.PREVIEW_CREATED, PreviewCreated.class, start.videoId(), 1, WAIT);

        assertThat(created).singleElement().satisfies(preview -> {
            assertThat(preview.gif().key()).isEqualTo(StorageKeys.previewGif(start.videoId()));
            assertThat(preview.gif().width()).isEqualTo(320);
            assertThat(preview.gif().height()).isEqualTo(180);
            assertThat(preview.gif().frames()).isEqualTo(10);
            assertThat(preview.webp().key()).isEqualTo(StorageKeys.previewWebp(start.videoId()));
            assertThat(preview.webp().frames()).isEqualTo(10);
        });
        byte[] gif = store.read(new ObjectRef(store.renderBucket(), StorageKeys.previewGif(start.videoId())));
        assertThat(gif.length).isEqualTo(created.get(0).gif().bytes());
        assertThat(framesIn(gif)).isEqualTo(10);
        byte[] webp = store.read(new ObjectRef(store.renderBucket(), StorageKeys.previewWebp(start.videoId())));
        assertThat(new String(webp, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("RIFF");
    }

    @Test
    void aVideoThatCannotBeDecodedFailsThePreviewStage() throws Exception {
        RenderStart start = renderStart(TestVideos.broken(TestVideos.Broken.HEADER_ONLY), 8000,
                List.of(Stage.PREVIEW));

        var failed = kafka.collectForVideo(Topics.STAGE_FAILED, StageFailed.class, start.videoId(), 1, WAIT);

        assertThat(failed).singleElement().satisfies(failure -> {
            assertThat(failure.stage()).isEqualTo(Stage.PREVIEW);
            assertThat(failure.reason()).contains("truncated or damaged");
            assertThat(failure.retriable()).isFalse();
        });
    }

    @Test
    void aVideoThatNeedsNoPreviewIsLeftAlone() throws Exception {
        RenderStart start = renderStart(TestVideos.clip(Duration.ofSeconds(1), 160, 120, 10), 1000,
                List.of(Stage.CAPTURES));
        assertThat(kafka.collectForVideo(Topics.PREVIEW_CREATED, PreviewCreated.class, start.videoId(), 1,
                Duration.ofSeconds(3))).isEmpty();
    }

    @Test
    void aRetryOnTheReprocessLaneMakesThePreviewToo() throws Exception {
        RenderStart start = stored(TestVideos.clip(Duration.ofSeconds(1), 160, 120, 10), 1000,
                List.of(Stage.PREVIEW));
        try (var serializer = new EventSerializer()) {
            kafka.sendRaw(Topics.RENDER_REPROCESS, start.videoId(),
                    serializer.serialize(Topics.RENDER_REPROCESS, start));
        }

        var created = kafka.collectForVideo(Topics.PREVIEW_CREATED, PreviewCreated.class, start.videoId(), 1, WAIT);

        assertThat(created).singleElement()
                .satisfies(preview -> assertThat(preview.gif().key()).isEqualTo(
                        StorageKeys.previewGif(start.videoId())));
    }

    private RenderStart renderStart(Path file, long durationMs, List<Stage> stages) throws Exception {
        RenderStart start = stored(file, durationMs, stages);
        kafka.send(start);
        return start;
    }

    /** The video in the source bucket and its render.start, not sent yet. */
    private RenderStart stored(Path file, long durationMs, List<Stage> stages) throws Exception {
        String videoId = UUID.randomUUID().toString();
        ObjectRef source = new ObjectRef(store.sourceBucket(), StorageKeys.sourceVideo(videoId, "mp4"));
        store.put(source, file, "video/mp4");
        RenderStart start = RenderStart.create(videoId, source,
                new Probe(durationMs, 640, 360, 25, "h264", null, Files.size(file), "mp4"), stages);
        return start;
    }

    private static int framesIn(byte[] gif) throws Exception {
        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(gif))) {
            reader.setInput(in);
            return reader.getNumImages(true);
        } finally {
            reader.dispose();
        }
    }
}
