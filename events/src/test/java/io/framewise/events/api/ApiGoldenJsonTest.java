package io.framewise.events.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.framewise.events.Face;
import io.framewise.events.FaceBox;
import io.framewise.events.GoldenFiles;
import io.framewise.events.ImageAsset;
import io.framewise.events.Label;
import io.framewise.events.ModelRef;
import io.framewise.events.Probe;
import io.framewise.events.Stage;
import io.framewise.events.StorageKeys;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * status-svc's internal API, as the gateway reads it, is pinned like the events: each record's JSON must equal its
 * file in src/test/resources/golden/api ({@code -Dgolden.update=true} rewrites them; review the diff), and reads
 * back to the same record.
 */
class ApiGoldenJsonTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden/api");
    private static final String ID = "5f0c7a1e-2b7d-4c39-9a51-0d6f3e8b2c11";
    private static final Instant AT = Instant.parse("2026-11-22T10:15:30.123Z");

    static Stream<Arguments> records() {
        Label dog = new Label("Dog", 97.5, List.of("Animal", "Pet"));
        FaceBox box = new FaceBox(0.25, 0.1, 0.2, 0.3);
        VideoView.CaptureView capture = new VideoView.CaptureView(0, 2_000, StorageKeys.capture(ID, 0), 1280, 720,
                List.of(dog), List.of(Face.matched(box, 92.0, "ada-lovelace", "Ada Lovelace", 81.5)), true);
        PersonSeen ada = new PersonSeen("ada-lovelace", "Ada Lovelace",
                List.of(new PersonSeen.Appearance(0, 2_000, 2.0, 81.5, box)));
        Probe probe = new Probe(30_000, 1280, 720, 30.0, "h264", "aac", 1_048_576, "mov,mp4,m4a,3gp,3g2,mj2");
        ImageAsset gif = new ImageAsset(StorageKeys.previewGif(ID), 320, 180, 10, 482_113);
        VideoView processing = new VideoView(ID, "PROCESSING", "dog.mp4", "video/mp4", 1_048_576L, "framewise-source",
                StorageKeys.sourceVideo(ID, "mp4"), probe, List.of(Stage.SESSION, Stage.PREVIEW, Stage.CAPTURES,
                Stage.LABELS), List.of(Stage.LABELS), gif, null, 1, List.of(capture), List.of(dog), null, null, null,
                null, null, null, List.of(ada), null, AT, AT, null);
        VideoView summary = new VideoView(ID, "READY", "dog.mp4", "video/mp4", 1_048_576L, "framewise-source",
                StorageKeys.sourceVideo(ID, "mp4"), probe, List.of(Stage.SESSION, Stage.PREVIEW), List.of(), gif, null,
                null, List.of(), List.of(dog), null, null, StorageKeys.metadata(ID), null, null, null, List.of(), null,
                AT, AT, AT);
        ImageAsset sprite = new ImageAsset(StorageKeys.storyboardSprite(ID), 800, 450, 25, 91_230);
        VideoMetadata metadata = new VideoMetadata(ID, "READY", "dog.mp4",
                new VideoMetadata.Source("framewise-source", StorageKeys.sourceVideo(ID, "mp4")), gif, null, probe,
                List.of(new VideoMetadata.CaptureLabels(0, StorageKeys.capture(ID, 0), 2.0, 2_000,
                        List.of(RekognitionLabel.of(dog)))), List.of(RekognitionLabel.of(dog)),
                List.of(new VideoMetadata.CaptureFace(0, 2.0, capture.faces().getFirst())), List.of(ada), null,
                new VideoMetadata.Storyboard(sprite, StorageKeys.storyboardVtt(ID), 1_000, 5, 5, 160, 90), null, null,
                null, null, Map.of("preview", List.of(new ModelRef("ffmpeg", "8.1.2", null))), AT, AT);
        return Map.<String, Object>of(
                "video-metadata", metadata,
                "video-view", processing,
                "video-page", new VideoPage(List.of(summary), 0, 20, 1),
                "rekognition-label", RekognitionLabel.of(dog)).entrySet().stream()
                .map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("records")
    void serializesToTheGoldenJson(String name, Object record) throws IOException {
        GoldenFiles.assertSerializesAsItsFile(GOLDEN, name, record);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("records")
    void readsTheGoldenJsonBackToTheSameRecord(String name, Object record) throws IOException {
        assertThat(GoldenFiles.readBack(GOLDEN, name, record)).isEqualTo(record);
    }
}
