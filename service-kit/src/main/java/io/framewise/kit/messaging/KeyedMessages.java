package io.framewise.kit.messaging;

import io.framewise.events.FramewiseEvent;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Context;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Every record is keyed by its video id, so one video's events stay in order in one partition. A record made while
 * a trace is current continues it: the Kafka connector writes the trace context into the record's headers.
 */
public final class KeyedMessages {

    private KeyedMessages() {
    }

    public static <T extends FramewiseEvent> Message<T> of(T event) {
        Message<T> message = Message.of(event).addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(event.videoId()).build());
        Context trace = Context.current();
        return Span.fromContext(trace).getSpanContext().isValid()
                ? message.addMetadata(TracingMetadata.withCurrent(trace))
                : message;
    }
}
