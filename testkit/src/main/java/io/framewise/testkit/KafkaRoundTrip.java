package io.framewise.testkit;

import io.framewise.events.FramewiseEvent;
import io.framewise.events.serde.EventDeserializer;
import io.framewise.events.serde.EventSerializer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Sends events through a real broker with the contract's serde and reads them back: the same check runs
 * against the embedded broker and, where Docker exists, a Testcontainers one.
 */
public final class KafkaRoundTrip {

    private KafkaRoundTrip() {
    }

    /** Produces the events keyed by video id, then consumes the topic from the start until all are back. */
    public static <T extends FramewiseEvent> List<Received<T>> sendAndReceive(String bootstrapServers, String topic,
                                                                           List<T> events,
                                                                           EventDeserializer<T> deserializer) {
        List<RecordMetadata> sent = new ArrayList<>();
        try (var producer = new KafkaProducer<String, Object>(Map.of("bootstrap.servers", bootstrapServers,
                "acks", "all"), new StringSerializer(), new EventSerializer())) {
            for (T event : events) {
                sent.add(producer.send(new ProducerRecord<>(topic, event.videoId(), event)).get());
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("send failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        List<Received<T>> received = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of("bootstrap.servers", bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "round-trip-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), deserializer)) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (received.size() < sent.size() && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(250)).forEach(record -> {
                    if (events.stream().anyMatch(e -> e.eventId().equals(record.value().eventId()))) {
                        received.add(new Received<>(record.key(), record.partition(), record.value()));
                    }
                });
            }
        }
        return received;
    }

    /** One record as read back: its key, partition and decoded event. */
    public record Received<T>(String key, int partition, T event) {
    }
}
