package io.framewise.events.serde;

import org.apache.kafka.common.serialization.Serializer;

/**
 * Kafka value serializer for every record of the contract: the video events and the people gallery's
 * {@link io.framewise.events.PersonEnrolled}. A null value stays null (a tombstone on a compacted topic).
 */
public class EventSerializer implements Serializer<Object> {

    @Override
    public byte[] serialize(String topic, Object event) {
        return event == null ? null : EventJson.toBytes(event);
    }
}
