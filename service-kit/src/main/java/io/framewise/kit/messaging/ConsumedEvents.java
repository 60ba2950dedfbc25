package io.framewise.kit.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.IncomingInterceptor;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordBatchMetadata;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import io.framewise.kit.work.MediaLengths;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * {@code framewise_events_consumed_total{topic}}: every record a Kafka channel of this service receives, counted
 * as it arrives. SmallRye applies an interceptor without {@code @Identifier} to every incoming connector channel
 * that has no interceptor of its own, so the listeners need no code for it.
 */
@ApplicationScoped
public class ConsumedEvents implements IncomingInterceptor {

    public static final String CONSUMED = "framewise.events.consumed";

    private final MeterRegistry registry;
    private final MediaLengths lengths;

    public ConsumedEvents(MeterRegistry registry, MediaLengths lengths) {
        this.registry = registry;
        this.lengths = lengths;
    }

    @Override
    public Message<?> afterMessageReceive(Message<?> message) {
        message.getMetadata(IncomingKafkaRecordMetadata.class).ifPresent(record -> counter(record.getTopic())
                .increment());
        // Seeing every record, this is where a video's length (render.start's probe) is noted for the time limits.
        lengths.note(message.getPayload());
        // A channel consuming in batches (batch=true) receives one message per poll: each of its records counts.
        message.getMetadata(IncomingKafkaRecordBatchMetadata.class).ifPresent(this::countBatch);
        return message;
    }

    private void countBatch(IncomingKafkaRecordBatchMetadata<?, ?> batch) {
        for (TopicPartition partition : batch.partitions()) {
            counter(partition.topic()).increment(batch.getRecords().records(partition).size());
        }
    }

    private Counter counter(String topic) {
        return Counter.builder(CONSUMED)
                .description("Kafka records received, by topic")
                .tag("topic", topic)
                .register(registry);
    }

    @Override
    public void onMessageAck(Message<?> message) {
        // counted on arrival
    }

    @Override
    public void onMessageNack(Message<?> message, Throwable failure) {
        // counted on arrival; failures are counted by stage
    }
}
