package io.framewise.status;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.framewise.events.CaptureCreated;
import io.framewise.events.CaptureRef;
import io.framewise.events.FramewiseEvent;
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
import io.framewise.events.StorageKeys;
import io.framewise.events.Topics;
import io.framewise.events.UploadSource;
import io.framewise.events.VideoUploaded;
import io.framewise.events.serde.EventJson;
import io.framewise.kit.storage.ObjectStore;
import io.framewise.testkit.FramewiseInfraResource;
import io.framewise.testkit.TopicClient;
import io.framewise.testkit.metrics.PrometheusText;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * labels.done is consumed in batches. Each test puts its records on one partition in one producer batch, so the
 * consumer reads them in one poll: one batch, one transaction.
 */
@QuarkusTest
@QuarkusTestResource(value = FramewiseInfraResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "database", value = "true"))
class LabelsBatchTest {

    /** On the management interface: /q/* is not on the public port. */
    @TestHTTPResource(value = "metrics", management = true)
    String metrics;

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    ObjectStore store;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    private final TopicClient kafka = TopicClient.shared();

    @Test
    void anEventTwiceInABatchAndAgainInALaterBatchAppliesOnce() {
        String id = UUID.randomUUID().toString();
        LabelsDone dog = LabelsDone.create(id, 0, 0, List.of(new Label("Dog", 90)), List.of());
        // The same event id with other labels: were it applied again, capture 0 would say Cat.
        LabelsDone sameIdCat = new LabelsDone(id, dog.eventId(), dog.at(), 0, 0, List.of(new Label("Cat", 99)),
                List.of(), List.of());
        sendTogether(List.of(event(dog), event(sameIdCat), event(LabelsDone.create(id, 1, 1000,
                List.of(new Label("Grass", 70)), List.of()))));
        await().atMost(WAIT).untilAsserted(() -> given().get("/videos/" + id).then().statusCode(200)
                .body("captures", hasSize(2)));
        given().get("/videos/" + id).then().body("captures[0].labels.name", contains("Dog"));

        // Redelivered in a later batch, before a new event of the same partition: once that one is in, so is it.
        sendTogether(List.of(event(sameIdCat), event(LabelsDone.create(id, 2, 2000, List.of(new Label("Sky", 80)),
                List.of()))));
        await().atMost(WAIT).untilAsserted(() -> given().get("/videos/" + id).then().body("captures", hasSize(3)));
        given().get("/videos/" + id).then()
                .body("captures[0].labels.name", contains("Dog"))
                .body("captures[1].labels.name", contains("Grass"))
                .body("captures[2].labels.name", contains("Sky"));
    }

    @Test
    void eventsOfSeveralVideosInOneBatchEachLandAndEachIsCounted() {
        PrometheusText before = PrometheusText.parse(given().get(metrics).then().extract().asString());
        List<String> ids = IntStream.range(0, 4).mapToObj(i -> UUID.randomUUID().toString()).toList();
        List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
        for (int capture = 0; capture < 3; capture++) {
            for (String id : ids) {
                records.add(event(LabelsDone.create(id, capture, capture * 1000L,
                        List.of(new Label("Label-" + capture, 50 + capture)), List.of())));
            }
        }
        sendTogether(records);
        for (String id : ids) {
            await().atMost(WAIT).untilAsserted(() -> given().get("/videos/" + id).then().statusCode(200)
                    .body("status", equalTo("PROCESSING"))
                    .body("captures", hasSize(3))
                    .body("captures.labeled", contains(true, true, true))
                    .body("captures.labels.name.flatten()", contains("Label-0", "Label-1", "Label-2")));
        }
        // A batch is one message to the channel; events by topic still counts each of its records.
        PrometheusText after = PrometheusText.parse(given().get(metrics).then().extract().asString());
        assertThat(after.increaseSince(before, "framewise_events_consumed_total", "topic", Topics.LABELS_DONE))
                .isGreaterThanOrEqualTo(records.size());
    }

    @Test
    void aPoisonRecordInABatchIsDeadLetteredAloneAndTheRestApplied() {
        String id = UUID.randomUUID().toString();
        String poisonKey = "poison-" + id;
        sendTogether(List.of(
                event(LabelsDone.create(id, 0, 0, List.of(new Label("Dog", 90)), List.of())),
                new ProducerRecord<>(Topics.LABELS_DONE, 0, poisonKey,
                        "{\"videoId\": \"x\", oops".getBytes(StandardCharsets.UTF_8)),
                event(LabelsDone.create(id, 1, 1000, List.of(new Label("Cat", 80)), List.of()))));

        await().atMost(WAIT).untilAsserted(() -> given().get("/videos/" + id).then().statusCode(200)
                .body("captures.labels.name.flatten()", contains("Dog", "Cat")));
        assertThat(deadLettered(poisonKey, Duration.ofSeconds(8))).isEqualTo(1);
        assertThat(deadLettered(id, Duration.ofSeconds(2))).isZero();
    }

    @Test
    void theLastLabelsInsideABatchCompleteTheVideoOnce() {
        String id = UUID.randomUUID().toString();
        int captures = 6;
        String source = StorageKeys.sourceVideo(id, "mp4");
        List<FramewiseEvent> before = new ArrayList<>();
        before.add(VideoUploaded.create(id, new ObjectRef("framewise-source", source), "batch.mp4", "video/mp4", 1000,
                UploadSource.UPLOAD));
        before.add(RenderStart.create(id, new ObjectRef("framewise-source", source),
                new Probe(8000, 640, 360, 25, "h264", null, 1000, "mp4"),
                List.of(Stage.PREVIEW, Stage.CAPTURES, Stage.LABELS)));
        before.add(PreviewCreated.create(id, new ImageAsset(StorageKeys.previewGif(id), 320, 180, 10, 5000),
                new ImageAsset(StorageKeys.previewWebp(id), 320, 180, 10, 3000)));
        for (int i = 0; i < captures; i++) {
            before.add(CaptureCreated.of(id, new CaptureRef(i, i * 1000L, StorageKeys.capture(id, i), 640, 360)));
        }
        before.add(CaptureCreated.completion(id, captures));
        kafka.send(before.toArray(FramewiseEvent[]::new));
        await().atMost(WAIT).untilAsserted(() -> given().get("/videos/" + id).then().statusCode(200)
                .body("pendingStages", contains("labels")));

        List<ProducerRecord<String, byte[]>> labels = new ArrayList<>();
        for (int i = 0; i < captures; i++) {
            labels.add(event(LabelsDone.create(id, i, i * 1000L, List.of(new Label("Dog", 60 + i)), List.of())));
        }
        labels.add(labels.get(2)); // a redelivery inside the same batch changes nothing
        sendTogether(labels);

        List<RenderReady> ready = kafka.collectForVideo(Topics.RENDER_READY, RenderReady.class, id, 1, WAIT);
        assertThat(ready).singleElement().satisfies(event -> {
            assertThat(event.status()).isEqualTo(RenderStatus.READY);
            assertThat(event.allLabels()).extracting(Label::name).containsExactly("Dog");
            assertThat(event.allLabels().get(0).confidence()).isEqualTo(65.0);
        });
        given().get("/videos/" + id).then().body("status", equalTo("READY")).body("captures", hasSize(captures));
    }

    @Test
    void labelsOfADeletedVideoInABatchAreDroppedAndItsObjectsRemovedWhileTheOthersLand() {
        String deleted = UUID.randomUUID().toString();
        String live = UUID.randomUUID().toString();
        kafka.send(VideoUploaded.create(deleted, new ObjectRef("framewise-source",
                StorageKeys.sourceVideo(deleted, "mp4")), "gone.mp4", "video/mp4", 1000, UploadSource.UPLOAD));
        await().atMost(WAIT).untilAsserted(() -> given().get("/videos/" + deleted).then().statusCode(200));
        given().delete("/videos/" + deleted).then().statusCode(204);
        // label-svc was still at work: a capture of the deleted video is in the bucket when its labels arrive.
        ObjectRef capture = new ObjectRef(store.sourceBucket(), StorageKeys.capture(deleted, 0));
        store.put(capture, new byte[]{1}, "image/jpeg");

        sendTogether(List.of(
                event(LabelsDone.create(deleted, 0, 0, List.of(new Label("Dog", 90)), List.of())),
                event(LabelsDone.create(live, 0, 0, List.of(new Label("Cat", 90)), List.of()))));

        await().atMost(WAIT).untilAsserted(() -> assertThat(store.head(capture)).isEmpty());
        await().atMost(WAIT).untilAsserted(() -> given().get("/videos/" + live).then().statusCode(200)
                .body("captures.labels.name.flatten()", contains("Cat")));
        given().get("/videos/" + deleted).then().statusCode(404);
    }

    /**
     * Every test ends here: none of their batches failed and fell back to one transaction per event (which would
     * pass every other assertion, only slowly).
     */
    @AfterEach
    void noBatchFellBackToOneEventAtATime() {
        given().get(metrics).then().statusCode(200)
                .body(containsString("framewise_labels_batches_failed_total"))
                .body(not(matchesPattern("(?s).*framewise_labels_batches_failed_total(\\{[^}]*\\})? [1-9].*")));
    }

    /** On partition 0, whatever the key: all of a test's records share a partition, so a poll. */
    private static ProducerRecord<String, byte[]> event(LabelsDone event) {
        return new ProducerRecord<>(Topics.LABELS_DONE, 0, event.videoId(), EventJson.toBytes(event));
    }

    /** One producer batch (sent at once after a linger), so one append to the log and one fetch. */
    private void sendTogether(List<ProducerRecord<String, byte[]>> records) {
        try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers", bootstrap, "acks", "all",
                "linger.ms", "200", "batch.size", "1000000"), new StringSerializer(), new ByteArraySerializer())) {
            records.forEach(producer::send);
            producer.flush();
        }
    }

    /** How many records with this key are on labels.done.dlq after reading it for {@code quiet}. */
    private int deadLettered(String key, Duration quiet) {
        int count = 0;
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of("bootstrap.servers", bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "dlq-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.LABELS_DONE + ".dlq"));
            long deadline = System.nanoTime() + quiet.toNanos();
            while (System.nanoTime() < deadline) {
                for (var record : consumer.poll(Duration.ofMillis(200))) {
                    if (key.equals(record.key())) {
                        count++;
                    }
                }
            }
        }
        return count;
    }
}
