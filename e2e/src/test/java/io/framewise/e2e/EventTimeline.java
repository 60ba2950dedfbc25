package io.framewise.e2e;

import io.framewise.events.FramewiseEvent;
import io.framewise.events.RenderReady;
import io.framewise.events.Topics;
import io.framewise.events.serde.EventJson;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Every contract event of the videos uploaded after {@link #open}, read live from all topics, until the one
 * video asked for has its render.ready. Each event carries the time its service made it ({@code at}); all
 * services run on this machine, so the times share one clock.
 */
final class EventTimeline implements AutoCloseable {

    private final KafkaConsumer<String, byte[]> consumer;
    private final List<Received> received = new ArrayList<>();

    private EventTimeline(KafkaConsumer<String, byte[]> consumer) {
        this.consumer = consumer;
    }

    /** Starts reading at the current end of every topic: only events made from now on are seen. */
    static EventTimeline open(String bootstrapServers) {
        var consumer = new KafkaConsumer<>(Map.<String, Object>of("bootstrap.servers", bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "bench-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : Topics.ALL) {
            consumer.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
        }
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position); // resolve the end offsets now, before anything is uploaded
        return new EventTimeline(consumer);
    }

    /** The video's events in arrival order, ending with its render.ready. */
    List<Received> until(String videoId, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            for (var record : consumer.poll(Duration.ofMillis(100))) {
                FramewiseEvent event = EventJson.fromBytes(record.value(), Topics.EVENT_TYPES.get(record.topic()));
                received.add(new Received(record.topic(), event));
            }
            List<Received> mine = received.stream().filter(r -> r.event().videoId().equals(videoId)).toList();
            if (mine.stream().anyMatch(r -> r.event() instanceof RenderReady)) {
                return mine;
            }
        }
        throw new IllegalStateException("no render.ready for " + videoId + " within " + timeout);
    }

    @Override
    public void close() {
        consumer.close();
    }

    record Received(String topic, FramewiseEvent event) {
    }
}
