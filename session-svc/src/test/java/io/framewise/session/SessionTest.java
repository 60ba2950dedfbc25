package io.framewise.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.framewise.events.ObjectRef;
import io.framewise.events.RenderStart;
import io.framewise.events.Stage;
import io.framewise.events.StageFailed;
import io.framewise.events.StorageKeys;
import io.framewise.events.Topics;
import io.framewise.events.UploadSource;
import io.framewise.events.VideoUploaded;
import io.framewise.kit.storage.ObjectStore;
import io.framewise.testkit.FramewiseInfraResource;
import io.framewise.testkit.TestVideos;
import io.framewise.testkit.TopicClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** video.uploaded in, render.start or stage.failed out, over the real broker and S3 API. */
@QuarkusTest
@QuarkusTestResource(value = FramewiseInfraResource.class, restrictToAnnotatedClass = false)
class SessionTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    ObjectStore store;

    private final TopicClient kafka = TopicClient.shared();

    @Test
    void aVideoIsProbedAndItsStagesAnnounced() throws Exception {
        VideoUploaded upload = upload(TestVideos.scenesWithPhotos());

        var started = kafka.collectForVideo(Topics.RENDER_START, RenderStart.class, upload.videoId(), 1, WAIT);

        assertThat(started).singleElement().satisfies(start -> {
            assertThat(start.source()).isEqualTo(upload.object());
            assertThat(start.stages()).containsExactly(Stage.PREVIEW, Stage.CAPTURES, Stage.LABELS, Stage.STORYBOARD,
                    Stage.TRANSCODE, Stage.TRANSCRIBE);
            assertThat(start.probe().durationMs()).isCloseTo(8000, within(100L));
            assertThat(start.probe().width()).isEqualTo(640);
            assertThat(start.probe().height()).isEqualTo(360);
            assertThat(start.probe().fps()).isEqualTo(25.0);
            assertThat(start.probe().videoCodec()).isEqualTo("h264");
            assertThat(start.probe().audioCodec()).isEqualTo("aac");
        });
    }

    @Test
    void aRedeliveredUploadGivesTheSameRenderStartAgain() throws Exception {
        VideoUploaded upload = upload(TestVideos.clip(Duration.ofSeconds(2), 320, 240, 15));
        kafka.send(upload); // the same event (same eventId) once more, as after a crash before the commit

        var started = kafka.collectForVideo(Topics.RENDER_START, RenderStart.class, upload.videoId(), 2, WAIT);

        assertThat(started).hasSize(2);
        assertThat(started.get(0).eventId()).isEqualTo(started.get(1).eventId());
    }

    @Test
    void aFileThatIsNotAVideoFailsTheSessionWithAReason() throws Exception {
        VideoUploaded upload = upload(TestVideos.broken(TestVideos.Broken.AUDIO_ONLY));

        var failed = kafka.collectForVideo(Topics.STAGE_FAILED, StageFailed.class, upload.videoId(), 1, WAIT);

        assertThat(failed).singleElement().satisfies(failure -> {
            assertThat(failure.stage()).isEqualTo(Stage.SESSION);
            assertThat(failure.reason()).isEqualTo("audio only: the file has sound (aac) but no picture");
            assertThat(failure.retriable()).isFalse();
        });
        assertThat(kafka.collectForVideo(Topics.RENDER_START, RenderStart.class, upload.videoId(), 1,
                Duration.ofSeconds(1))).isEmpty();
    }

    @Test
    void aMissingSourceObjectFailsAsRetriableAfterTheAttempts() {
        String videoId = UUID.randomUUID().toString();
        VideoUploaded upload = VideoUploaded.create(videoId,
                new ObjectRef(store.sourceBucket(), StorageKeys.sourceVideo(videoId, "mp4")), "gone.mp4", "video/mp4",
                10, UploadSource.UPLOAD);
        kafka.send(upload);

        var failed = kafka.collectForVideo(Topics.STAGE_FAILED, StageFailed.class, videoId, 1, WAIT);

        assertThat(failed).singleElement().satisfies(failure -> {
            assertThat(failure.reason()).startsWith("probing the upload failed after 2 attempts");
            assertThat(failure.retriable()).isTrue();
        });
    }

    @Test
    void scratchFilesAreDeletedAfterEachJob() throws Exception {
        VideoUploaded upload = upload(TestVideos.clip(Duration.ofSeconds(1), 160, 120, 10));
        kafka.collectForVideo(Topics.RENDER_START, RenderStart.class, upload.videoId(), 1, WAIT);
        try (var left = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            assertThat(left.map(p -> p.getFileName().toString()))
                    .noneMatch(name -> name.startsWith("framewise-" + upload.videoId()));
        }
    }

    private VideoUploaded upload(Path file) throws Exception {
        String videoId = UUID.randomUUID().toString();
        ObjectRef source = new ObjectRef(store.sourceBucket(), StorageKeys.sourceVideo(videoId, "mp4"));
        store.put(source, file, "video/mp4");
        VideoUploaded upload = VideoUploaded.create(videoId, source, file.getFileName().toString(), "video/mp4",
                Files.size(file), UploadSource.UPLOAD);
        kafka.send(upload);
        return upload;
    }
}
