package io.framewise.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.framewise.events.CaptureCreated;
import io.framewise.events.CaptureRef;
import io.framewise.events.ObjectRef;
import io.framewise.events.Probe;
import io.framewise.events.RenderReady;
import io.framewise.events.RenderStart;
import io.framewise.events.RenderStatus;
import io.framewise.events.Stage;
import io.framewise.events.Topics;
import io.framewise.testkit.TestVideos;
import io.framewise.testkit.TopicClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * Poison records on every topic a service consumes, on every partition: bad JSON, a record with required fields
 * missing, a record of the wrong shape. Each consumer must put each one on the topic's dead-letter queue and go on,
 * so a real video after them (whatever partition it lands on) still comes out READY. Events that are well formed
 * but name a video nobody uploaded end FAILED with a reason, not stuck.
 */
class PoisonEventsIT {

    /** Consumer groups of each topic that dead-letter what they cannot read (gateway's progress feed skips it). */
    private static final Map<String, Integer> CONSUMERS = consumers();
    private static final Map<String, byte[]> POISON = poison();
    private static final int PARTITIONS = 12;

    private final TopicClient kafka = new TopicClient(RunningStack.get().endpoints().kafkaBootstrapServers());
    private final Gateway gateway = new Gateway(RunningStack.get().gatewayUrl());

    @Test
    void poisonRecordsOnEveryConsumedTopicAndPartitionAreDeadLetteredAndTheStackKeepsWorking() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers", bootstrap(), "acks", "all"),
                new StringSerializer(), new ByteArraySerializer())) {
            for (String topic : CONSUMERS.keySet()) {
                for (var poison : POISON.entrySet()) {
                    for (int partition = 0; partition < PARTITIONS; partition++) {
                        producer.send(new ProducerRecord<>(topic, partition, key(run, poison.getKey(), partition),
                                poison.getValue())).get();
                    }
                }
            }
        }

        // A real video after the poison: every partition of every topic had poison before it.
        String id = gateway.upload(TestVideos.scenesWithPhotos(), "after-poison.mp4");
        List<RenderReady> ready = kafka.collectForVideo(Topics.RENDER_READY, RenderReady.class, id, 1,
                Duration.ofMinutes(3));
        assertThat(ready).singleElement().extracting(RenderReady::status).isEqualTo(RenderStatus.READY);

        Map<String, Map<String, Integer>> deadLettered = readDeadLetters(run, Duration.ofSeconds(60));
        for (String topic : CONSUMERS.keySet()) {
            Map<String, Integer> byKey = deadLettered.getOrDefault(topic, Map.of());
            System.out.printf("[poison] %-16s %3d poison records sent, %3d dead-lettered (%d consumer groups)%n",
                    topic, POISON.size() * PARTITIONS, byKey.values().stream().mapToInt(i -> i).sum(),
                    CONSUMERS.get(topic));
            for (String kind : POISON.keySet()) {
                for (int partition = 0; partition < PARTITIONS; partition++) {
                    assertThat(byKey.getOrDefault(key(run, kind, partition), 0))
                            .as("dead-letter records of %s %s on partition %d", topic, kind, partition)
                            .isEqualTo(CONSUMERS.get(topic));
                }
            }
        }
    }

    @Test
    void wellFormedEventsOfAVideoNobodyUploadedEndFailedWithAReason() {
        String unknownStart = UUID.randomUUID().toString();
        String unknownCapture = UUID.randomUUID().toString();
        ObjectRef missing = new ObjectRef(RunningStack.get().endpoints().sourceBucket(),
                "videos/" + unknownStart + "/source.mp4");
        kafka.send(new RenderStart(unknownStart, UUID.randomUUID(), Instant.now(), missing,
                new Probe(4000, 320, 240, 25, "h264", null, 1000, "mp4"), List.of(Stage.PREVIEW, Stage.CAPTURES,
                Stage.LABELS)));
        kafka.send(CaptureCreated.of(unknownCapture, new CaptureRef(0, 1000, unknownCapture + "/captures/0.jpg",
                320, 240)));

        for (String id : List.of(unknownStart, unknownCapture)) {
            List<RenderReady> outcome = kafka.collectForVideo(Topics.RENDER_READY, RenderReady.class, id, 1,
                    Duration.ofMinutes(2));
            System.out.println("[poison] unknown video " + id + " → " + outcome);
            assertThat(outcome).singleElement().satisfies(event -> {
                assertThat(event.status()).isEqualTo(RenderStatus.FAILED);
                BadInputIT.assertReadable("unknown video", event.error());
            });
        }
    }

    private static String key(String run, String kind, int partition) {
        return "poison-" + run + "-" + kind + "-" + partition;
    }

    /** Per dead-letter topic's origin: how many dead-letter records each poison key got. */
    private static Map<String, Map<String, Integer>> readDeadLetters(String run, Duration quiet) {
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        int expected = CONSUMERS.values().stream().mapToInt(i -> i * POISON.size() * PARTITIONS).sum();
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of("bootstrap.servers", bootstrap(),
                ConsumerConfig.GROUP_ID_CONFIG, "poison-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(CONSUMERS.keySet().stream().map(t -> t + ".dlq").toList());
            long deadline = System.nanoTime() + quiet.toNanos();
            int seen = 0;
            while (System.nanoTime() < deadline && seen < expected) {
                for (var record : consumer.poll(Duration.ofMillis(300))) {
                    if (record.key() != null && record.key().startsWith("poison-" + run)) {
                        String origin = record.topic().substring(0, record.topic().length() - ".dlq".length());
                        counts.computeIfAbsent(origin, t -> new HashMap<>()).merge(record.key(), 1, Integer::sum);
                        seen++;
                    }
                }
            }
        }
        return counts;
    }

    private static Map<String, Integer> consumers() {
        Map<String, Integer> consumers = new LinkedHashMap<>();
        consumers.put(Topics.VIDEO_UPLOADED, 2);   // session-svc, status-svc
        consumers.put(Topics.RENDER_START, 5);     // gif-, capture-, transcode-, transcribe-svc, status-svc
        consumers.put(Topics.RENDER_REPROCESS, 4); // the reprocess lanes of gif-, capture-, transcode-, transcribe-svc
        consumers.put(Topics.PREVIEW_CREATED, 1);  // status-svc
        consumers.put(Topics.CAPTURE_CREATED, 2);  // label-svc (two processes, one group), status-svc
        consumers.put(Topics.LABELS_DONE, 1);      // status-svc
        consumers.put(Topics.STORYBOARD_CREATED, 1); // status-svc
        consumers.put(Topics.RENDITIONS_CREATED, 1); // status-svc
        consumers.put(Topics.TRANSCRIPT_CREATED, 1); // status-svc
        consumers.put(Topics.STAGE_FAILED, 1);     // status-svc
        consumers.put(Topics.RENDER_READY, 2);     // gateway-svc (webhooks; mail, in a group of its own)
        return consumers;
    }

    private static Map<String, byte[]> poison() {
        Map<String, byte[]> poison = new LinkedHashMap<>();
        poison.put("bad-json", "{\"videoId\": \"x\", oops".getBytes(StandardCharsets.UTF_8));
        poison.put("missing-fields", "{\"videoId\": \"x\"}".getBytes(StandardCharsets.UTF_8));
        poison.put("wrong-shape", "[1, 2, 3]".getBytes(StandardCharsets.UTF_8));
        return poison;
    }

    private static String bootstrap() {
        return RunningStack.get().endpoints().kafkaBootstrapServers();
    }
}
