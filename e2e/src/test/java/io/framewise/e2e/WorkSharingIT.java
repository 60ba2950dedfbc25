package io.framewise.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.framewise.events.CaptureCreated;
import io.framewise.events.CaptureRef;
import io.framewise.events.LabelsDone;
import io.framewise.events.StorageKeys;
import io.framewise.events.Topics;
import io.framewise.testkit.TestPhotos;
import io.framewise.testkit.TopicClient;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.Test;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;

/**
 * Two label-svc processes in one consumer group share the work: each owns some partitions of capture.created,
 * and a capture sent to a partition of each is labelled by its owner: the group's committed offsets move on
 * both members' partitions, and the assignment stayed the same throughout.
 */
class WorkSharingIT {

    private static final String GROUP = "label-svc";

    @Test
    void twoProcessesOfOneWorkerServiceShareThePartitionsAndBothDoWork() throws Exception {
        var endpoints = RunningStack.get().endpoints();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", endpoints.kafkaBootstrapServers()));
             MinioClient s3 = MinioClient.builder().endpoint(endpoints.s3Endpoint())
                     .credentials(endpoints.s3AccessKey(), endpoints.s3SecretKey()).build()) {
            List<Set<TopicPartition>> assignments = assignmentsOf(admin);
            assertThat(assignments).as("label-svc group members").hasSize(2)
                    .allSatisfy(partitions -> assertThat(partitions).isNotEmpty());

            Map<TopicPartition, Long> before = committedOffsets(admin);
            List<TopicPartition> targets = new ArrayList<>();
            List<String> videoIds = new ArrayList<>();
            for (Set<TopicPartition> owned : assignments) {
                TopicPartition partition = owned.iterator().next();
                String videoId = videoIdOnPartition(partition.partition());
                byte[] photo = Files.readAllBytes(TestPhotos.file("horses.jpg"));
                String key = StorageKeys.capture(videoId, 0);
                s3.putObject(PutObjectArgs.builder().bucket(endpoints.sourceBucket()).object(key)
                        .stream(new java.io.ByteArrayInputStream(photo), (long) photo.length, -1L).contentType("image/jpeg")
                        .build());
                new TopicClient(endpoints.kafkaBootstrapServers())
                        .send(CaptureCreated.of(videoId, new CaptureRef(0, 500L, key, 773, 512)));
                targets.add(partition);
                videoIds.add(videoId);
            }

            TopicClient kafka = new TopicClient(endpoints.kafkaBootstrapServers());
            for (String videoId : videoIds) {
                assertThat(kafka.collectForVideo(Topics.LABELS_DONE, LabelsDone.class, videoId, 1,
                        Duration.ofSeconds(60))).as("labels of " + videoId).hasSize(1);
            }
            // Each member commits the offsets of its own partitions once it has processed the record.
            Map<TopicPartition, Long> committed = awaitCommitted(admin, before, targets, Duration.ofSeconds(30));
            assertThat(targets).allSatisfy(p -> assertThat(committed.getOrDefault(p, -1L))
                    .as("committed offset of " + p).isGreaterThan(before.getOrDefault(p, -1L)));
            assertThat(assignmentsOf(admin)).as("no rebalance during the test").isEqualTo(assignments);
        }
    }

    private static List<Set<TopicPartition>> assignmentsOf(Admin admin) throws Exception {
        var group = admin.describeConsumerGroups(List.of(GROUP)).all().get().get(GROUP);
        return group.members().stream().map(MemberDescription::assignment)
                .map(a -> Set.copyOf(a.topicPartitions().stream()
                        .filter(tp -> tp.topic().equals(Topics.CAPTURE_CREATED)).toList()))
                .toList();
    }

    /** The group's committed offsets once every target partition's has moved on (commits are periodic), or at the deadline. */
    private static Map<TopicPartition, Long> awaitCommitted(Admin admin, Map<TopicPartition, Long> before,
                                                            List<TopicPartition> targets, Duration wait)
            throws Exception {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            Map<TopicPartition, Long> committed = committedOffsets(admin);
            boolean all = targets.stream().allMatch(p -> committed.getOrDefault(p, -1L) > before.getOrDefault(p, -1L));
            if (all || System.nanoTime() > deadline) {
                return committed;
            }
            Thread.sleep(500);
        }
    }

    private static Map<TopicPartition, Long> committedOffsets(Admin admin) throws Exception {
        var offsets = admin.listConsumerGroupOffsets(GROUP).partitionsToOffsetAndMetadata().get();
        Map<TopicPartition, Long> result = new java.util.HashMap<>();
        offsets.forEach((tp, offset) -> {
            if (offset != null) {
                result.put(tp, offset.offset());
            }
        });
        return result;
    }

    /** A fresh video id that Kafka's default partitioner puts on the given partition of a 12-partition topic. */
    private static String videoIdOnPartition(int partition) {
        while (true) {
            String candidate = UUID.randomUUID().toString();
            byte[] key = candidate.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            if (Utils.toPositive(Utils.murmur2(key)) % 12 == partition) {
                return candidate;
            }
        }
    }
}
