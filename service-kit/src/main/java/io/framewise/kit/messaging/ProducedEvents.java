package io.framewise.kit.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.OutgoingInterceptor;
import io.smallrye.reactive.messaging.OutgoingMessageMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * {@code framewise_events_produced_total{topic}}: every record an outgoing Kafka channel of this service sent,
 * counted once the broker has acknowledged it. Applied by SmallRye to every outgoing connector channel that has no
 * interceptor of its own.
 */
@ApplicationScoped
public class ProducedEvents implements OutgoingInterceptor {

    public static final String PRODUCED = "framewise.events.produced";

    private final MeterRegistry registry;

    public ProducedEvents(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void onMessageAck(Message<?> message) {
        topicOf(message).ifPresent(topic -> Counter.builder(PRODUCED)
                .description("Kafka records sent and acknowledged by the broker, by topic")
                .tag("topic", topic)
                .register(registry)
                .increment());
    }

    @Override
    public void onMessageNack(Message<?> message, Throwable failure) {
        // not produced; the sender sees the failure
    }

    /** The topic the broker wrote the record to; else the one the message asked for. */
    static Optional<String> topicOf(Message<?> message) {
        Optional<String> written = message.getMetadata(OutgoingMessageMetadata.class)
                .map(OutgoingMessageMetadata::getResult)
                .filter(RecordMetadata.class::isInstance)
                .map(result -> ((RecordMetadata) result).topic());
        return written.or(() -> message.getMetadata(OutgoingKafkaRecordMetadata.class)
                .map(OutgoingKafkaRecordMetadata::getTopic));
    }
}
