package io.framewise.kit.messaging;

import io.framewise.events.FramewiseEvent;
import io.framewise.events.Topics;
import io.framewise.events.serde.EventDeserializers;
import io.framewise.events.serde.EventSerializer;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The SmallRye Kafka settings of a service's event channels, derived from the event contract ({@link Topics})
 * instead of written out per channel: a channel is named after its topic ({@code render-start} ↔
 * {@code render.start}). An incoming channel reads its topic's event type and hands a record that is no event on as
 * null ({@link PoisonRecords}), which goes to {@code <topic>.dlq}; a new consumer group starts at the topic's
 * beginning; the consumer group is the service's name, or the service's name and the channel's where a service asks
 * for a group per channel. An outgoing channel writes events as JSON.
 */
public final class ChannelSettings {

    /** The channel of the low-priority lane ({@code work.ReprocessLane}). */
    static final String REPROCESS_CHANNEL = channelOf(Topics.RENDER_REPROCESS);

    private static final String CONNECTOR = "smallrye-kafka";

    private ChannelSettings() {
    }

    /** Every setting, keyed by its full {@code mp.messaging.*} property name; one consumer group per service. */
    public static Map<String, String> of(String service, List<String> incoming, List<String> outgoing) {
        return of(service, incoming, outgoing, false);
    }

    /**
     * Every setting, keyed by its full {@code mp.messaging.*} property name. With {@code groupPerChannel} each
     * incoming channel reads in a consumer group of its own ({@code <service>-<channel>}): a service that consumes
     * many topics (status-svc reads nine) would otherwise make all its consumers rebalance whenever one of them
     * joins or leaves.
     */
    public static Map<String, String> of(String service, List<String> incoming, List<String> outgoing,
                                         boolean groupPerChannel) {
        Map<String, String> settings = new TreeMap<>();
        for (String channel : incoming) {
            String topic = topicOf(channel);
            String prefix = "mp.messaging.incoming." + channel + ".";
            settings.put(prefix + "connector", CONNECTOR);
            settings.put(prefix + "topic", topic);
            settings.put(prefix + "dead-letter-queue.topic", Topics.deadLetter(topic));
            settings.put(prefix + "dead-letter-queue.value.serializer", EventSerializer.class.getName());
            settings.put(prefix + "group.id", groupPerChannel ? service + "-" + channel : groupOf(service, channel));
            settings.put(prefix + "value.deserializer", deserializerOf(Topics.EVENT_TYPES.get(topic)));
            settings.put(prefix + "failure-strategy", "dead-letter-queue");
            settings.put(prefix + "fail-on-deserialization-failure", "false");
            settings.put(prefix + "auto.offset.reset", "earliest");
        }
        for (String channel : outgoing) {
            String prefix = "mp.messaging.outgoing." + channel + ".";
            settings.put(prefix + "connector", CONNECTOR);
            settings.put(prefix + "topic", topicOf(channel));
            settings.put(prefix + "value.serializer", EventSerializer.class.getName());
        }
        return settings;
    }

    /**
     * The lane reads with a group of its own: in the service's main group its consumers would share out
     * {@code render.start}'s partitions with the main consumers and rebalance them whenever either side moves.
     */
    private static String groupOf(String service, String channel) {
        return channel.equals(REPROCESS_CHANNEL) ? service + "-reprocess" : service;
    }

    static String topicOf(String channel) {
        String topic = channel.replace('-', '.');
        if (!Topics.EVENT_TYPES.containsKey(topic)) {
            throw new IllegalArgumentException("channel " + channel + " names no topic of the event contract "
                    + Topics.ALL + "; write its mp.messaging settings out instead");
        }
        return topic;
    }

    private static String channelOf(String topic) {
        return topic.replace('.', '-');
    }

    private static String deserializerOf(Class<? extends FramewiseEvent> type) {
        return EventDeserializers.class.getName() + "$" + type.getSimpleName() + "Deserializer";
    }
}
