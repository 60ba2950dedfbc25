package io.framewise.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.framewise.events.RenderReady;
import io.framewise.events.RenderStatus;
import io.framewise.events.Topics;
import io.framewise.local.launcher.ServiceProcess;
import io.framewise.local.launcher.Stack;
import io.framewise.testkit.TestVideos;
import io.framewise.testkit.TopicClient;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What every restart fault test asserts once the part is back: the video ends READY, or FAILED with a reason for
 * people and then one retry of its failed stage makes it READY; exactly one READY render.ready; no capture and no
 * label twice; none of the test's videos still processing.
 */
final class FaultOutcome {

    private final String gatewayUrl;
    private final Gateway gateway;
    private final TopicClient kafka;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    FaultOutcome(String gatewayUrl, TopicClient kafka) {
        this.gatewayUrl = gatewayUrl;
        this.gateway = new Gateway(gatewayUrl);
        this.kafka = kafka;
    }

    /**
     * Waits for the video's outcome, retries its failed stage if it failed, and checks it ends READY exactly once.
     *
     * @param backAt {@link System#nanoTime()} when the part came back, for the printed figure
     * @return the outcome before any retry: "READY" or "FAILED (reason) → retried <stage> → READY"
     */
    String assertEndsReadyExactlyOnce(String fault, String id, long backAt, Duration wait) throws Exception {
        RenderReady first = kafka.collect(Topics.RENDER_READY, RenderReady.class, e -> e.videoId().equals(id),
                list -> !list.isEmpty(), wait).stream().findFirst()
                .orElseThrow(() -> new AssertionError("no render.ready for " + id + " within " + wait));
        System.out.printf("[fault] %s: video %s finished %s %.1f s after the part came back%s%n", fault, id,
                first.status(), (System.nanoTime() - backAt) / 1e9,
                first.error() == null ? "" : " (" + first.error() + ")");
        String outcome = first.status().name();
        if (first.status() == RenderStatus.FAILED) {
            BadInputIT.assertReadable(fault, first.error());
            String stage = gateway.finalVideo(id).path("failedStage").asText();
            HttpResponse<String> retried = http.send(RunningStack.request(URI.create(gatewayUrl + "/videos/" + id
                    + "/retry?stage=" + stage)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
            System.out.printf("[fault] %s: retry of its %s stage → %d%n", fault, stage, retried.statusCode());
            assertThat(retried.statusCode()).as(retried.body()).isEqualTo(202);
            outcome = "FAILED (" + first.error() + ") → retried " + stage;
        }
        List<RenderReady> all = kafka.collect(Topics.RENDER_READY, RenderReady.class, e -> e.videoId().equals(id),
                list -> list.stream().anyMatch(e -> e.status() == RenderStatus.READY), wait);
        // A duplicate would be behind the READY one: read a little longer.
        all = kafka.collect(Topics.RENDER_READY, RenderReady.class, e -> e.videoId().equals(id), list -> false,
                Duration.ofSeconds(3));
        assertThat(all).as("render.ready of " + id).extracting(RenderReady::status)
                .containsOnlyOnce(RenderStatus.READY).last().isEqualTo(RenderStatus.READY);
        JsonNode video = gateway.finalVideo(id);
        assertThat(video.path("status").asInt()).as("final state of " + id).isEqualTo(1);
        assertNoCaptureOrLabelTwice(video);
        return outcome.equals("READY") ? outcome : outcome + " → READY";
    }

    /** Every capture once (distinct times), and no label twice within a capture. */
    static void assertNoCaptureOrLabelTwice(JsonNode video) {
        JsonNode captures = video.path("labels");
        assertThat(captures.size()).as("captures").isPositive();
        Set<Double> times = new HashSet<>();
        for (JsonNode capture : captures) {
            assertThat(times.add(capture.path("time").asDouble())).as("capture times are distinct").isTrue();
            List<String> names = new ArrayList<>();
            capture.path("labels").forEach(label -> names.add(label.path("Name").asText()));
            assertThat(names).as("labels of one capture").doesNotHaveDuplicates();
        }
    }

    /**
     * Every service process answers ready again (a consumer whose channel failed while a part was away would leave
     * its service unready, and consuming nothing, for good), within {@code wait}.
     */
    void assertEveryServiceReady(Stack stack, Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        for (ServiceProcess process : stack.services()) {
            int status = 0;
            String body = "";
            while (System.nanoTime() < deadline) {
                try {
                    HttpResponse<String> ready = http.send(HttpRequest.newBuilder(URI.create(
                            process.managementUrl() + "/q/health/ready")).timeout(Duration.ofSeconds(5)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    status = ready.statusCode();
                    body = ready.body();
                } catch (IOException e) {
                    status = -1;
                    body = e.toString();
                }
                if (status == 200) {
                    break;
                }
                Thread.sleep(500);
            }
            assertThat(status).as(process.name() + " ready again: " + body).isEqualTo(200);
        }
    }

    /** None of the videos named with {@code prefix} is still processing. */
    void assertNoneProcessing(String prefix) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(RunningStack.request(URI.create(gatewayUrl + "/videos?status="
                + "processing&startswith=" + URLEncoder.encode(prefix, StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(Gateway.parse(response.body().getBytes(StandardCharsets.UTF_8)).path("total").asInt())
                .as("videos named " + prefix + "* still processing: " + response.body()).isZero();
    }

    /**
     * After the part is back: every service ready again, a fresh upload reaches READY, and nothing is left
     * PROCESSING. {@code fault} names the fault in the printed figures and the fresh upload's name.
     */
    void assertRecovered(Stack stack, String fault) throws Exception {
        assertEveryServiceReady(stack, Duration.ofSeconds(30));
        long freshAt = System.nanoTime();
        String after = gateway.upload(TestVideos.clip(Duration.ofSeconds(2), 320, 240, 25), fault + "-after.mp4");
        assertThat(kafka.collectForVideo(Topics.RENDER_READY, RenderReady.class, after, 1, Duration.ofMinutes(3)))
                .singleElement().extracting(RenderReady::status).isEqualTo(RenderStatus.READY);
        System.out.printf("[fault] %s: a fresh 2 s upload afterwards READY in %.1f s%n", fault,
                (System.nanoTime() - freshAt) / 1e9);
        assertNoneProcessing(fault);
    }
}
