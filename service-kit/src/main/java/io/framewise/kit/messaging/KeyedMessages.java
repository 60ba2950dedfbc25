package io.framewise.kit.messaging;

import io.framewise.events.FramewiseEvent;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Every record is keyed by its video id, so one video's events stay in order in one partition. */
public final class KeyedMessages {

    private KeyedMessages() {
    }

    public static <T extends FramewiseEvent> Message<T> of(T event) {
        return Message.of(event).addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(event.videoId()).build());
    }
}
