package io.framewise.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.framewise.events.RenderReady;
import io.framewise.events.RenderStart;
import io.framewise.events.RenderStatus;
import io.framewise.events.Topics;
import io.framewise.local.infra.EmbeddedS3Server;
import io.framewise.local.launcher.Stack;
import io.framewise.testkit.TestVideos;
import io.framewise.testkit.TopicClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The S3 API stops answering for 15 s while a video is being worked on, and while another is uploaded. The upload
 * gets a 503 that says why, with Retry-After (nothing accepted, so nothing lost; it was an opaque 500 before); the video in flight either rides it out (the stage runner
 * retries passing errors with back-off) or ends FAILED with a reason a person can read, and then one retry of its
 * failed stage makes it READY. Nothing stays PROCESSING. In the {@code faults} profile.
 */
class StorageOutageFaultIT {

    private static final Duration WAIT = Duration.ofMinutes(4);

    private final Stack stack = RunningStack.get();
    private final Gateway gateway = new Gateway(stack.gatewayUrl());
    private final TopicClient kafka = new TopicClient(stack.endpoints().kafkaBootstrapServers());
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aStorageOutageMidVideoEndsReadyOrFailedWithAReasonAndARetryFinishesIt() throws Exception {
        String id = gateway.upload(TestVideos.benchmarkClip(Duration.ofSeconds(30)), "outage.mp4");
        assertThat(kafka.collectForVideo(Topics.RENDER_START, RenderStart.class, id, 1, WAIT)).hasSize(1);

        EmbeddedS3Server storage = stack.infrastructure().storage();
        long stopped = System.nanoTime();
        storage.pause();
        HttpResponse<String> refused;
        try {
            refused = http.send(RunningStack.request(URI.create(stack.gatewayUrl() + "/videos"))
                    .header("Content-Type", "application/octet-stream").header("X-Filename", "during-outage.mp4")
                    .POST(HttpRequest.BodyPublishers.ofFile(TestVideos.clip(Duration.ofSeconds(2), 320, 240, 25)))
                    .build(), HttpResponse.BodyHandlers.ofString());
            Thread.sleep(Math.max(0, 15_000 - (System.nanoTime() - stopped) / 1_000_000));
        } finally {
            storage.resume();
        }
        System.out.printf("[fault] S3 API stopped for %.1f s; an upload meanwhile → %d %s%n",
                (System.nanoTime() - stopped) / 1e9, refused.statusCode(), refused.body());
        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(refused.body()).contains("StorageUnavailable");
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();

        RenderReady outcome = kafka.collectForVideo(Topics.RENDER_READY, RenderReady.class, id, 1, WAIT).getFirst();
        System.out.printf("[fault] video %s after the outage: %s %s%n", id, outcome.status(),
                outcome.error() == null ? "" : outcome.error());
        if (outcome.status() == RenderStatus.FAILED) {
            BadInputIT.assertReadable("outage", outcome.error());
            String stage = gateway.finalVideo(id).path("failedStage").asText();
            HttpResponse<String> retried = http.send(RunningStack.request(URI.create(stack.gatewayUrl() + "/videos/"
                    + id + "/retry?stage=" + stage)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
            System.out.println("[fault] retry of its " + stage + " stage → " + retried.statusCode());
            assertThat(retried.statusCode()).as(retried.body()).isEqualTo(202);
            List<RenderReady> outcomes = kafka.collect(Topics.RENDER_READY, RenderReady.class,
                    e -> e.videoId().equals(id), list -> list.size() >= 2, WAIT);
            assertThat(outcomes).extracting(RenderReady::status)
                    .containsExactly(RenderStatus.FAILED, RenderStatus.READY);
        }
        assertThat(gateway.finalVideo(id).path("status").asInt()).isEqualTo(1);
        // And uploads work again.
        String after = gateway.upload(TestVideos.clip(Duration.ofSeconds(2), 320, 240, 25), "after-outage.mp4");
        assertThat(kafka.collectForVideo(Topics.RENDER_READY, RenderReady.class, after, 1, WAIT))
                .singleElement().extracting(RenderReady::status).isEqualTo(RenderStatus.READY);
    }
}
