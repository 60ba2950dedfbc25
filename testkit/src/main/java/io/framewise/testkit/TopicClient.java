package io.framewise.testkit;

import io.framewise.events.FramewiseEvent;
import io.framewise.events.Topics;
import io.framewise.events.serde.EventJson;
import io.framewise.events.serde.EventSerializer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Plain Kafka clients for tests: send contract events as a service would, read a topic as an outsider. */
public final class TopicClient {

    private final String bootstrapServers;

    public TopicClient(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** For {@code @QuarkusTest}s: the shared broker. */
    public static TopicClient shared() {
        return new TopicClient(SharedInfrastructure.configProperties().get("kafka.bootstrap.servers"));
    }

    /** Sends each event to its contract topic, keyed by video id, and waits for the broker's ack. */
    public void send(FramewiseEvent... events) {
        try (var producer = new KafkaProducer<String, Object>(Map.of("bootstrap.servers", bootstrapServers,
                "acks", "all"), new StringSerializer(), new EventSerializer())) {
            for (FramewiseEvent event : events) {
                producer.send(new ProducerRecord<>(topicOf(event), event.videoId(), event)).get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("send failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends raw bytes (e.g. a malformed record) to a topic. */
    public void sendRaw(String topic, String key, byte[] value) {
        try (var producer = new KafkaProducer<String, byte[]>(Map.of("bootstrap.servers", bootstrapServers),
                new StringSerializer(), new org.apache.kafka.common.serialization.ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("send failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Reads the topic from its beginning until {@code until} holds for the matching events read so far, or
     * the time is up; returns what matched (possibly fewer than wanted: the caller asserts).
     */
    public <T extends FramewiseEvent> List<T> collect(String topic, Class<T> type, Predicate<T> matching,
                                                       Predicate<List<T>> until, Duration timeout) {
        List<T> matched = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of("bootstrap.servers", bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!until.test(matched) && System.nanoTime() < deadline) {
                for (var record : consumer.poll(Duration.ofMillis(200))) {
                    T event = readable(record.value(), type);
                    if (event != null && matching.test(event)) {
                        matched.add(event);
                    }
                }
            }
        }
        return matched;
    }

    /** Reads events of one video until {@code count} have arrived, then a little longer to catch extras. */
    public <T extends FramewiseEvent> List<T> collectForVideo(String topic, Class<T> type, String videoId, int count,
                                                              Duration timeout) {
        List<T> first = collect(topic, type, e -> e.videoId().equals(videoId), list -> list.size() >= count, timeout);
        if (first.size() < count) {
            return first;
        }
        // Extras (duplicates) would be behind the ones we saw: a short second read finds them.
        return collect(topic, type, e -> e.videoId().equals(videoId), list -> false, Duration.ofSeconds(2));
    }

    /** Null for a record that is no event (a poison record a bad-input test put on the topic). */
    private static <T> T readable(byte[] value, Class<T> type) {
        try {
            return EventJson.fromBytes(value, type);
        } catch (io.framewise.events.serde.EventFormatException e) {
            return null;
        }
    }

    private static String topicOf(FramewiseEvent event) {
        return Topics.EVENT_TYPES.entrySet().stream()
                .filter(entry -> entry.getValue() == event.getClass())
                .map(Map.Entry::getKey)
                .findFirst().orElseThrow();
    }
}
