package io.framewise.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.framewise.events.RenderReady;
import io.framewise.events.RenderStatus;
import io.framewise.events.Topics;
import io.framewise.events.serde.EventJson;
import io.framewise.local.launcher.Stack;
import io.framewise.testkit.TestVideos;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

/**
 * 50 short clips uploaded through the gateway at once: every one READY, none lost, none announced twice, no
 * capture or label twice, the gateway's memory bounded (sampled while it streams the uploads). Prints the
 * throughput and the p50/p95 latency from upload to render.ready. In the {@code load} profile.
 */
class ConcurrentUploadsLoadIT {

    private static final int UPLOADS = Integer.getInteger("load.uploads", 50);
    private static final Duration WAIT = Duration.ofMinutes(Long.getLong("load.wait-minutes", 25));
    private static final long GATEWAY_RSS_LIMIT = 1024L * 1024 * 1024;

    private final Stack stack = RunningStack.get();
    private final Gateway gateway = new Gateway(stack.gatewayUrl());

    @Test
    void fiftyConcurrentUploadsAllComeOutReadyExactlyOnce() throws Exception {
        Path clip = TestVideos.clip(Duration.ofSeconds(2), 320, 240, 25);
        Map<String, Instant> uploadedAt = new ConcurrentHashMap<>();
        AtomicLong gatewayRssMax = new AtomicLong();
        Thread sampler = Thread.ofPlatform().daemon().start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                gatewayRssMax.accumulateAndGet(stack.service("gateway-svc").residentBytes(), Math::max);
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });

        Instant first = Instant.now();
        ExecutorService clients = Executors.newFixedThreadPool(UPLOADS);
        List<Future<String>> uploads = new ArrayList<>();
        for (int i = 0; i < UPLOADS; i++) {
            int n = i;
            uploads.add(clients.submit(() -> {
                Instant started = Instant.now();
                String id = gateway.upload(clip, "load-" + n + ".mp4");
                uploadedAt.put(id, started);
                return id;
            }));
        }
        List<String> ids = new ArrayList<>();
        for (Future<String> upload : uploads) {
            ids.add(upload.get());
        }
        clients.shutdown();
        double uploadSeconds = Duration.between(first, Instant.now()).toMillis() / 1000.0;

        Map<String, List<RenderReady>> outcomes = readyOutcomes(new HashSet<>(ids));
        sampler.interrupt();

        List<String> lost = ids.stream().filter(id -> !outcomes.containsKey(id)).toList();
        List<String> twice = ids.stream().filter(id -> outcomes.getOrDefault(id, List.of()).size() > 1).toList();
        List<String> notReady = ids.stream().filter(outcomes::containsKey)
                .filter(id -> outcomes.get(id).getFirst().status() != RenderStatus.READY).toList();
        List<Long> latencies = new ArrayList<>();
        Instant last = first;
        for (String id : ids) {
            if (outcomes.containsKey(id)) {
                Instant at = outcomes.get(id).getFirst().at();
                latencies.add(Duration.between(uploadedAt.get(id), at).toMillis());
                last = at.isAfter(last) ? at : last;
            }
        }
        Collections.sort(latencies);
        double seconds = Duration.between(first, last).toMillis() / 1000.0;
        System.out.printf("[load] %d concurrent uploads (2 s 320x240 clips): all accepted in %.1f s; %d READY, "
                        + "%d lost, %d announced twice, %d not READY%n", UPLOADS, uploadSeconds,
                ids.size() - lost.size() - notReady.size(), lost.size(), twice.size(), notReady.size());
        if (!latencies.isEmpty()) {
            System.out.printf("[load] throughput %.2f videos/min (first upload → last render.ready %.1f s); "
                            + "latency upload → render.ready p50 %.1f s, p95 %.1f s, max %.1f s%n",
                    latencies.size() * 60 / seconds, seconds, percentile(latencies, 50) / 1000.0,
                    percentile(latencies, 95) / 1000.0, latencies.getLast() / 1000.0);
        }
        System.out.printf("[load] gateway-svc resident memory, highest sampled: %d MB%n", gatewayRssMax.get() >> 20);

        assertThat(lost).as("videos without render.ready").isEmpty();
        assertThat(twice).as("videos announced twice").isEmpty();
        assertThat(notReady).as("videos not READY").isEmpty();
        assertThat(gatewayRssMax.get()).as("gateway resident memory").isLessThan(GATEWAY_RSS_LIMIT);
        for (String id : ids) {
            JsonNode video = gateway.finalVideo(id);
            Set<Double> times = new HashSet<>();
            for (JsonNode capture : video.path("labels")) {
                assertThat(times.add(capture.path("time").asDouble())).as("capture rows of " + id).isTrue();
                List<String> names = new ArrayList<>();
                capture.path("labels").forEach(label -> names.add(label.path("Name").asText()));
                assertThat(names).as("labels of a capture of " + id).doesNotHaveDuplicates();
            }
            Thread.sleep(60); // the gateway's rate limit: 20 requests/s per client
        }
    }

    /** Every render.ready of these videos, read until each has one, then 5 s more to catch any second one. */
    private Map<String, List<RenderReady>> readyOutcomes(Set<String> ids) {
        Map<String, List<RenderReady>> outcomes = new HashMap<>();
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of("bootstrap.servers",
                stack.endpoints().kafkaBootstrapServers(), ConsumerConfig.GROUP_ID_CONFIG, "load-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.RENDER_READY));
            long deadline = System.nanoTime() + WAIT.toNanos();
            long extra = Long.MAX_VALUE;
            while (System.nanoTime() < Math.min(deadline, extra)) {
                for (var record : consumer.poll(Duration.ofMillis(500))) {
                    if (ids.contains(record.key())) {
                        try {
                            RenderReady event = EventJson.fromBytes(record.value(), RenderReady.class);
                            outcomes.computeIfAbsent(event.videoId(), k -> new ArrayList<>()).add(event);
                        } catch (RuntimeException unreadable) {
                            // not ours to judge here
                        }
                    }
                }
                if (outcomes.size() == ids.size() && extra == Long.MAX_VALUE) {
                    extra = System.nanoTime() + Duration.ofSeconds(5).toNanos();
                }
            }
        }
        return outcomes;
    }

    private static long percentile(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
