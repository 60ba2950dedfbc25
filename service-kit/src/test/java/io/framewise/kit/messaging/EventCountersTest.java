package io.framewise.kit.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.smallrye.reactive.messaging.OutgoingMessageMetadata;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.Test;

/** Records in and out are counted by the topic Kafka names, whatever the channel is called. */
class EventCountersTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @Test
    void aReceivedRecordCountsForItsTopic() {
        var consumed = new ConsumedEvents(registry, new io.framewise.kit.work.MediaLengths());
        Message<String> message = Message.of("{}").addMetadata(new IncomingKafkaRecordMetadata<>(
                new ConsumerRecord<>("render.start", 3, 17L, "video-1", "{}"), "render-start"));

        assertThat(consumed.afterMessageReceive(message)).isSameAs(message);
        consumed.afterMessageReceive(message);

        assertThat(registry.get(ConsumedEvents.CONSUMED).tag("topic", "render.start").counter().count()).isEqualTo(2.0);
    }

    @Test
    void aSentRecordCountsForTheTopicTheBrokerWroteItTo() {
        var produced = new ProducedEvents(registry);
        var result = new OutgoingMessageMetadata<RecordMetadata>();
        result.setResult(new RecordMetadata(new TopicPartition("preview.created", 5), 42L, 0, 0L, 3, 120));

        produced.onMessageAck(Message.of("{}").addMetadata(result));
        produced.onMessageNack(Message.of("{}"), new IllegalStateException("not sent"));

        assertThat(registry.find(ProducedEvents.PRODUCED).counters()).singleElement()
                .satisfies(counter -> {
                    assertThat(counter.getId().getTag("topic")).isEqualTo("preview.created");
                    assertThat(counter.count()).isEqualTo(1.0);
                });
    }

    @Test
    void aMessageFromNoKafkaChannelIsNotCounted() {
        new ConsumedEvents(registry, new io.framewise.kit.work.MediaLengths()).afterMessageReceive(Message.of("in memory"));
        new ProducedEvents(registry).onMessageAck(Message.of("in memory"));

        assertThat(registry.getMeters()).isEmpty();
    }
}
