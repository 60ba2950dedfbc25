package io.framewise.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.framewise.events.RenderStart;
import io.framewise.events.Topics;
import io.framewise.local.infra.EmbeddedPostgresServer;
import io.framewise.local.launcher.Stack;
import io.framewise.testkit.TestVideos;
import io.framewise.testkit.TopicClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL stops for ~12 s while a video is being worked on (open sessions cut, as when its host restarts), and
 * starts again on the same port over the same data. Meanwhile {@code GET /videos/{id}} answers a 503 that says the
 * state store is unavailable, with Retry-After (not an opaque 500), and an upload gets the same 503 and is not
 * announced (no video goes on behind a failed request). The services keep running; the video ends
 * READY, or FAILED with a reason and then one retry of its failed stage makes it READY; exactly one READY
 * render.ready; no capture or label twice; nothing stays PROCESSING; a fresh upload afterwards is READY.
 * In the {@code faults} profile.
 */
class DatabaseRestartFaultIT {

    private static final Duration WAIT = Duration.ofMinutes(3);
    private static final long DOWN_MILLIS = 12_000;

    private final Stack stack = RunningStack.get();
    private final Gateway gateway = new Gateway(stack.gatewayUrl());
    private final TopicClient kafka = new TopicClient(stack.endpoints().kafkaBootstrapServers());
    private final FaultOutcome outcome = new FaultOutcome(stack.gatewayUrl(), kafka);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void postgresRestartedMidVideoTheVideoEndsReadyExactlyOnceAndReadsSay503Meanwhile() throws Exception {
        String id = gateway.upload(TestVideos.benchmarkClip(Duration.ofSeconds(30)), "db-restart.mp4");
        assertThat(kafka.collectForVideo(Topics.RENDER_START, RenderStart.class, id, 1, WAIT)).hasSize(1);

        EmbeddedPostgresServer database = stack.infrastructure().database();
        long stopping = System.nanoTime();
        database.stop();
        List<HttpResponse<String>> reads = new ArrayList<>();
        List<Long> readMillis = new ArrayList<>();
        HttpResponse<String> upload;
        try {
            // An upload meanwhile is refused before anything starts (it used to be announced, then answered 500).
            upload = http.send(RunningStack.request(URI.create(stack.gatewayUrl() + "/videos"))
                    .timeout(Duration.ofSeconds(20)).header("Content-Type", "application/octet-stream")
                    .header("X-Filename", "during-db-outage.mp4")
                    .POST(HttpRequest.BodyPublishers.ofFile(TestVideos.clip(Duration.ofSeconds(2), 320, 240, 25)))
                    .build(), HttpResponse.BodyHandlers.ofString());
            // Reads while it is down (each bounded: a hung read would be a failure of its own).
            while (reads.size() < 3 && (System.nanoTime() - stopping) / 1_000_000 < DOWN_MILLIS - 1_000) {
                long asked = System.nanoTime();
                reads.add(http.send(RunningStack.request(URI.create(stack.gatewayUrl() + "/videos/" + id))
                        .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString()));
                readMillis.add((System.nanoTime() - asked) / 1_000_000);
            }
            Thread.sleep(Math.max(0, DOWN_MILLIS - (System.nanoTime() - stopping) / 1_000_000));
        } finally {
            database.restart();
        }
        long backAt = System.nanoTime();
        System.out.printf("[fault] PostgreSQL stopped mid-video (%s) and started again: unreachable %.1f s%n", id,
                (backAt - stopping) / 1e9);
        for (int i = 0; i < reads.size(); i++) {
            System.out.printf("[fault] GET /videos/%s while PostgreSQL was down → %d in %d ms: %s%n", id,
                    reads.get(i).statusCode(), readMillis.get(i), reads.get(i).body());
        }
        System.out.printf("[fault] POST /videos while PostgreSQL was down → %d: %s%n", upload.statusCode(),
                upload.body());
        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(503);
        assertThat(upload.body()).contains("StateUnavailable");
        assertThat(kafka.collect(Topics.VIDEO_UPLOADED, io.framewise.events.VideoUploaded.class,
                e -> "during-db-outage.mp4".equals(e.filename()), list -> false, Duration.ofSeconds(8)))
                .as("the refused upload was not announced").isEmpty();
        assertThat(reads).as("reads during the outage").isNotEmpty().allSatisfy(read -> {
            assertThat(read.statusCode()).as(read.body()).isEqualTo(503);
            assertThat(read.body()).contains("StateUnavailable");
            assertThat(read.headers().firstValue("Retry-After")).isPresent();
        });

        String result = outcome.assertEndsReadyExactlyOnce("database restart", id, backAt, WAIT);
        System.out.printf("[fault] database restart: video %s → %s, %.1f s after PostgreSQL came back%n", id, result,
                (System.nanoTime() - backAt) / 1e9);

        outcome.assertRecovered(stack, "db-restart");
    }
}
