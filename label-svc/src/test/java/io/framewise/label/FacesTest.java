package io.framewise.label;

import static org.assertj.core.api.Assertions.assertThat;

import io.framewise.events.CaptureCreated;
import io.framewise.events.CaptureRef;
import io.framewise.events.Face;
import io.framewise.events.LabelsDone;
import io.framewise.events.ObjectRef;
import io.framewise.events.PersonEnrolled;
import io.framewise.events.StageFailed;
import io.framewise.events.StorageKeys;
import io.framewise.events.Topics;
import io.framewise.events.serde.EventSerializer;
import io.framewise.kit.storage.ObjectStore;
import io.framewise.label.service.Gallery;
import io.framewise.testkit.FramewiseInfraResource;
import io.framewise.testkit.ImageBombs;
import io.framewise.testkit.SharedInfrastructure;
import io.framewise.testkit.TestFaces;
import io.framewise.testkit.TestFaces.Photo;
import io.framewise.testkit.TestPhotos;
import io.framewise.testkit.TopicClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The people gallery end to end inside label-svc: a person enrolled on the real {@code people} topic with photos in
 * the real S3 API is recognised in a capture showing them; a tombstone makes them unknown again.
 */
@QuarkusTest
@QuarkusTestResource(value = FramewiseInfraResource.class, restrictToAnnotatedClass = false)
class FacesTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    ObjectStore store;

    @Inject
    Gallery gallery;

    private final TopicClient kafka = TopicClient.shared();

    @BeforeEach
    void photos() {
        TestFaces.assumeAvailable();
    }

    @Test
    void anEnrolledPersonIsRecognisedUntilTheyAreRemoved() throws Exception {
        String personId = UUID.randomUUID().toString();
        // two photos of person A, and one that shows no face at all (logged and skipped)
        List<ObjectRef> photos = List.of(
                photo(personId, 0, TestFaces.jpeg(Photo.A_PORTRAIT)),
                photo(personId, 1, TestFaces.jpeg(Photo.A_WEBCAM)),
                photo(personId, 2, Files.readAllBytes(TestPhotos.file("eagle.jpg"))));
        publish(personId, PersonEnrolled.create(personId, "Person A", photos));
        Awaitility.await().atMost(WAIT).until(() -> gallery.best(new float[1024]).isPresent()
                && knows(personId));

        // a capture with A's third photo in a video-sized frame, and one with B
        String videoId = UUID.randomUUID().toString();
        long t0 = System.nanoTime();
        kafka.send(CaptureCreated.of(videoId, capture(videoId, 0, TestFaces.inFrame(Photo.A_CLOSEUP))),
                CaptureCreated.of(videoId, capture(videoId, 1, TestFaces.inFrame(Photo.B))));
        var done = kafka.collectForVideo(Topics.LABELS_DONE, LabelsDone.class, videoId, 2, WAIT);
        System.out.printf("2 captures labelled with faces in %d ms (send to labels.done)%n", (System.nanoTime() - t0) / 1_000_000);
        System.out.println("faces: " + done.stream().map(LabelsDone::faces).toList());

        assertThat(done).hasSize(2);
        Face a = only(done, 0);
        assertThat(a.isMatched()).isTrue();
        assertThat(a.personId()).isEqualTo(personId);
        assertThat(a.person()).isEqualTo("Person A");
        assertThat(a.similarity()).isBetween(60.0, 100.0);
        assertThat(a.confidence()).isBetween(60.0, 100.0);
        // the face is in the middle of the frame: 640x360 with the photo 300 px high from y=30
        assertThat(a.box().left()).isBetween(0.25, 0.5);
        assertThat(a.box().left() + a.box().width()).isBetween(0.5, 0.7);
        assertThat(a.box().top()).isBetween(0.05, 0.4);
        Face b = only(done, 1);
        assertThat(b.isMatched()).isFalse();
        assertThat(b.person()).isNull();
        assertThat(b.similarity()).isNull();

        // the tombstone removes A: the same capture is now an unknown face
        publish(personId, null);
        Awaitility.await().atMost(WAIT).until(() -> !knows(personId));
        String later = UUID.randomUUID().toString();
        kafka.send(CaptureCreated.of(later, capture(later, 0, TestFaces.inFrame(Photo.A_CLOSEUP))));
        var after = kafka.collectForVideo(Topics.LABELS_DONE, LabelsDone.class, later, 1, WAIT);
        assertThat(after).singleElement().satisfies(d -> assertThat(d.faces()).singleElement()
                .satisfies(f -> assertThat(f.isMatched()).isFalse()));
    }

    @Test
    void decompressionBombsAreSkippedAndTheServiceGoesOn() throws Exception {
        byte[] bomb = Files.readAllBytes(ImageBombs.squarePng(40_000)); // 1.5 MB, 1.6 GB decoded
        // a bomb on the people topic (past the gateway's check): that photo is skipped, the person's others count
        String personId = UUID.randomUUID().toString();
        publish(personId, PersonEnrolled.create(personId, "Person A again",
                List.of(photo(personId, 0, bomb), photo(personId, 1, TestFaces.jpeg(Photo.A_PORTRAIT)))));
        Awaitility.await().atMost(WAIT).until(() -> knows(personId));

        // a bomb as a capture: refused with the reason, and the next capture is labelled as ever
        String videoId = UUID.randomUUID().toString();
        kafka.send(CaptureCreated.of(videoId, capture(videoId, 0, bomb)));
        var failed = kafka.collectForVideo(Topics.STAGE_FAILED, StageFailed.class, videoId, 1, WAIT);
        assertThat(failed).singleElement().satisfies(f -> {
            assertThat(f.reason()).contains("40000x40000");
            assertThat(f.retriable()).isFalse();
        });
        kafka.send(CaptureCreated.of(videoId, capture(videoId, 1, readAll("dog.jpg"))));
        assertThat(kafka.collectForVideo(Topics.LABELS_DONE, LabelsDone.class, videoId, 1, WAIT)).singleElement()
                .satisfies(done -> assertThat(done.labels()).isNotEmpty());

        publish(personId, null);
        Awaitility.await().atMost(WAIT).until(() -> !knows(personId));
    }

    @Test
    void aCaptureWithoutFacesHasNone() {
        String videoId = UUID.randomUUID().toString();
        kafka.send(CaptureCreated.of(videoId, capture(videoId, 0, readAll("dog.jpg"))));
        var done = kafka.collectForVideo(Topics.LABELS_DONE, LabelsDone.class, videoId, 1, WAIT);
        assertThat(done).singleElement().satisfies(d -> {
            assertThat(d.faces()).isEmpty();
            assertThat(d.labels()).isNotEmpty();
        });
    }

    private boolean knows(String personId) {
        // the gallery holds A iff A's close-up finds A
        var img = TestFaces.image(Photo.A_CLOSEUP);
        return gallery.size() > 0 && gallery.best(embed(img)).map(m -> m.personId().equals(personId) && m.similarity() >= 0.6).orElse(false);
    }

    @Inject
    io.framewise.label.service.FaceService faces;

    @Inject
    io.framewise.label.model.FaceEmbedder embedder;

    private float[] embed(java.awt.image.BufferedImage img) {
        return faces.largestFace(img).orElseThrow();
    }

    private static Face only(List<LabelsDone> done, int index) {
        LabelsDone d = done.stream().filter(x -> x.index() == index).findFirst().orElseThrow();
        assertThat(d.faces()).as("faces of capture " + index).hasSize(1);
        return d.faces().getFirst();
    }

    private ObjectRef photo(String personId, int i, byte[] jpeg) {
        ObjectRef ref = new ObjectRef(store.sourceBucket(), StorageKeys.personPhoto(personId, i));
        store.put(ref, jpeg, "image/jpeg");
        return ref;
    }

    private CaptureRef capture(String videoId, int index, byte[] jpeg) {
        String key = StorageKeys.capture(videoId, index);
        store.put(new ObjectRef(store.sourceBucket(), key), jpeg, "image/jpeg");
        return new CaptureRef(index, 2000L * index, key, 640, 360);
    }

    private static byte[] readAll(String photo) {
        try {
            return Files.readAllBytes(TestPhotos.file(photo));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void publish(String personId, PersonEnrolled person) throws Exception {
        try (var producer = new KafkaProducer<String, Object>(Map.of(
                "bootstrap.servers", SharedInfrastructure.configProperties().get("kafka.bootstrap.servers"), "acks", "all"),
                new StringSerializer(), new EventSerializer())) {
            producer.send(new ProducerRecord<>(Topics.PEOPLE, personId, person)).get();
        }
    }
}
