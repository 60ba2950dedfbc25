package io.framewise.events.serde;

import io.framewise.events.FramewiseEvent;
import org.apache.kafka.common.serialization.Serializer;

/** Kafka value serializer for every event of the contract. */
public class EventSerializer implements Serializer<FramewiseEvent> {

    @Override
    public byte[] serialize(String topic, FramewiseEvent event) {
        return event == null ? null : EventJson.toBytes(event);
    }
}
