package io.framewise.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.framewise.events.Label;
import io.framewise.events.RenderReady;
import io.framewise.events.Topics;
import io.framewise.events.serde.EventDeserializers;
import java.util.List;
import java.util.stream.IntStream;

/** The broker-independent check both Kafka test paths run. */
final class RoundTripAssertions {

    private RoundTripAssertions() {
    }

    static void eventsOfOneVideoStayInOrderInOnePartition(String bootstrapServers) {
        String videoId = "rt-" + System.nanoTime();
        List<RenderReady> events = IntStream.range(0, 5)
                .mapToObj(i -> RenderReady.ready(videoId, "k" + i, null, List.of(new Label("Dog", 90 + i))))
                .toList();
        var received = KafkaRoundTrip.sendAndReceive(bootstrapServers, Topics.RENDER_READY, events,
                new EventDeserializers.RenderReadyDeserializer());
        assertThat(received).extracting(KafkaRoundTrip.Received::event).containsExactlyElementsOf(events);
        assertThat(received).extracting(KafkaRoundTrip.Received::key).containsOnly(videoId);
        assertThat(received).extracting(KafkaRoundTrip.Received::partition).containsOnly(received.get(0).partition());
    }
}
