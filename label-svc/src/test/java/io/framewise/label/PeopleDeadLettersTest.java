package io.framewise.label;

import static org.assertj.core.api.Assertions.assertThat;

import io.framewise.events.ObjectRef;
import io.framewise.events.PersonEnrolled;
import io.framewise.events.StorageKeys;
import io.framewise.events.Topics;
import io.framewise.events.serde.EventJson;
import io.framewise.kit.storage.ObjectStore;
import io.framewise.label.service.FaceService;
import io.framewise.label.service.Gallery;
import io.framewise.testkit.FramewiseInfraResource;
import io.framewise.testkit.SharedInfrastructure;
import io.framewise.testkit.TestFaces;
import io.framewise.testkit.TestFaces.Photo;
import io.framewise.testkit.TopicClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * A people record label-svc cannot apply goes to {@code people.dlq}, unchanged and with the dead-letter headers the
 * other topics' records get, and the gallery reader goes on to the next record.
 */
@QuarkusTest
@QuarkusTestResource(value = FramewiseInfraResource.class, restrictToAnnotatedClass = false)
class PeopleDeadLettersTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    ObjectStore store;

    @Inject
    Gallery gallery;

    @Inject
    FaceService faces;

    @Test
    void unreadableAndMismatchedRecordsAreDeadLetteredAndTheReaderGoesOn() throws Exception {
        TestFaces.assumeAvailable();
        String unreadable = "poison-" + UUID.randomUUID();
        String mismatched = "mismatch-" + UUID.randomUUID();
        String personId = UUID.randomUUID().toString();
        byte[] garbage = "{not a person".getBytes(StandardCharsets.UTF_8);
        ObjectRef photo = new ObjectRef(store.sourceBucket(), StorageKeys.personPhoto(personId, 0));
        byte[] someoneElse = EventJson.toBytes(PersonEnrolled.create(UUID.randomUUID().toString(), "Other", List.of(photo)));
        store.put(photo, TestFaces.jpeg(Photo.A_PORTRAIT), "image/jpeg");

        var topics = TopicClient.shared();
        topics.sendRaw(Topics.PEOPLE, unreadable, garbage);
        topics.sendRaw(Topics.PEOPLE, mismatched, someoneElse);
        topics.sendRaw(Topics.PEOPLE, personId, EventJson.toBytes(PersonEnrolled.create(personId, "After the poison",
                List.of(photo))));

        // the reader went past both: the person behind them is in the gallery
        float[] closeUp = faces.largestFace(TestFaces.image(Photo.A_CLOSEUP)).orElseThrow();
        Awaitility.await().atMost(WAIT).until(() -> gallery.best(closeUp).map(m -> m.personId().equals(personId))
                .orElse(false));
        var deadLetters = deadLettered(List.of(unreadable, mismatched));
        assertThat(deadLetters).extracting(ConsumerRecord::key).contains(unreadable, mismatched);
        var poison = deadLetters.stream().filter(r -> r.key().equals(unreadable)).findFirst().orElseThrow();
        assertThat(poison.value()).isEqualTo(garbage);
        assertThat(header(poison, "dead-letter-topic")).isEqualTo(Topics.PEOPLE);
        assertThat(header(poison, "dead-letter-reason")).isNotBlank();
        assertThat(Long.parseLong(header(poison, "dead-letter-offset"))).isNotNegative();
        assertThat(header(poison, "dead-letter-partition")).isEqualTo("0");
        var other = deadLetters.stream().filter(r -> r.key().equals(mismatched)).findFirst().orElseThrow();
        assertThat(header(other, "dead-letter-reason")).contains("key " + mismatched + " but person");
        assertThat(deadLetters).extracting(ConsumerRecord::key).doesNotContain(personId);
    }

    private static List<ConsumerRecord<String, byte[]>> deadLettered(List<String> keys) {
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.configProperties().get("kafka.bootstrap.servers"),
                ConsumerConfig.GROUP_ID_CONFIG, "people-dlq-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.deadLetter(Topics.PEOPLE)));
            Awaitility.await().atMost(WAIT).until(() -> {
                consumer.poll(Duration.ofMillis(500)).forEach(found::add);
                return found.stream().map(ConsumerRecord::key).toList().containsAll(keys);
            });
        }
        return found;
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
