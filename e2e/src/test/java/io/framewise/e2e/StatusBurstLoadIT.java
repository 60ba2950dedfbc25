package io.framewise.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.framewise.events.Label;
import io.framewise.events.LabelsDone;
import io.framewise.events.Topics;
import io.framewise.events.serde.EventSerializer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * A burst of labels.done for status-svc alone: {@code load.burst} events (20,000 by default: 400 videos × 50
 * captures) are put on the topic first, as fast as a producer can, then status-svc's consumer group is watched until
 * it has committed all of them. Prints the rate it absorbed them at (the issue asks for ≥ 5,000/s). In the
 * {@code load} profile. It asserts only that every event was absorbed: the rate depends on the machine.
 */
class StatusBurstLoadIT {

    private static final int VIDEOS = Integer.getInteger("load.burst-videos", 400);
    private static final int CAPTURES = 50;
    private static final String GROUP = "status-svc-labels-done";

    @Test
    void statusSvcAbsorbsABurstOfLabelsDone() throws Exception {
        String bootstrap = RunningStack.get().endpoints().kafkaBootstrapServers();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            long before = committed(admin);
            List<Label> labels = List.of(new Label("Dog", 91.5, List.of("Animal")), new Label("Person", 80.25, List.of()));
            long producing = System.nanoTime();
            try (var producer = new KafkaProducer<String, Object>(Map.of("bootstrap.servers", bootstrap, "acks", "all",
                    "linger.ms", "5"), new StringSerializer(), new EventSerializer())) {
                for (int v = 0; v < VIDEOS; v++) {
                    String video = "burst-" + UUID.randomUUID();
                    for (int c = 0; c < CAPTURES; c++) {
                        producer.send(new ProducerRecord<>(Topics.LABELS_DONE, video,
                                LabelsDone.create(video, c, c * 1000L, labels, List.of())));
                    }
                }
                producer.flush();
            }
            long sent = (long) VIDEOS * CAPTURES;
            double produceSeconds = (System.nanoTime() - producing) / 1e9;
            long started = System.nanoTime();
            long absorbed = 0;
            long deadline = started + Duration.ofMinutes(20).toNanos();
            while (absorbed < sent && System.nanoTime() < deadline) {
                Thread.sleep(250);
                absorbed = committed(admin) - before;
            }
            double seconds = (System.nanoTime() - producing) / 1e9;
            System.out.printf("[burst] %d labels.done produced in %.1f s; status-svc committed %d of them %.1f s after "
                            + "the first was sent: %.0f events/s (issue's target: 5,000/s)%n", sent, produceSeconds,
                    absorbed, seconds, absorbed / seconds);
            assertThat(absorbed).isGreaterThanOrEqualTo(sent);
        }
    }

    /** Offsets status-svc's labels.done group has committed, summed over partitions. */
    private static long committed(Admin admin) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(GROUP)
                .partitionsToOffsetAndMetadata().get();
        return offsets.entrySet().stream().filter(e -> e.getKey().topic().equals(Topics.LABELS_DONE))
                .filter(e -> e.getValue() != null).mapToLong(e -> e.getValue().offset()).sum();
    }
}
