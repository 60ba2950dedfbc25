package io.framewise.events.serde;

import org.apache.kafka.common.serialization.Deserializer;

/**
 * Kafka value deserializer for one event type. Kafka instantiates deserializers by class name, so each
 * event has a one-line subclass in {@link EventDeserializers}.
 */
public abstract class EventDeserializer<T> implements Deserializer<T> {

    private final Class<T> type;

    protected EventDeserializer(Class<T> type) {
        this.type = type;
    }

    @Override
    public T deserialize(String topic, byte[] data) {
        return data == null ? null : EventJson.fromBytes(data, type);
    }
}
