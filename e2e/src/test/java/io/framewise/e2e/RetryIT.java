package io.framewise.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.framewise.events.ObjectRef;
import io.framewise.events.RenderReady;
import io.framewise.events.RenderStatus;
import io.framewise.events.Stage;
import io.framewise.events.StageFailed;
import io.framewise.events.Topics;
import io.framewise.events.UploadSource;
import io.framewise.events.VideoUploaded;
import io.framewise.testkit.TestVideos;
import io.framewise.testkit.TopicClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The per-stage retry through the gateway and the low-priority lane: a video that FAILED at its preview is retried
 * and comes out READY; the API refuses what cannot be retried; and fresh uploads are served while a backlog of
 * re-runs waits on render.reprocess (figures printed, no timing asserted: this machine's speed varies).
 */
class RetryIT {

    private static final Duration WAIT = Duration.ofMinutes(4);

    private final HttpClient http = HttpClient.newHttpClient();
    private final String gatewayUrl = RunningStack.get().gatewayUrl();
    private final Gateway gateway = new Gateway(gatewayUrl);
    private final TopicClient kafka = new TopicClient(RunningStack.get().endpoints().kafkaBootstrapServers());

    @Test
    void aVideoThatFailedAtItsPreviewIsRetriedAndComesOutReady() throws Exception {
        String id = UUID.randomUUID().toString();
        // The preview's failure is reported before the video even arrives: the video will end FAILED at preview.
        kafka.send(StageFailed.create(id, Stage.PREVIEW, "the preview encoder crashed (injected by the test)", true));
        Path clip = TestVideos.clip(Duration.ofSeconds(3), 320, 240, 25);
        try (var s3 = BadInputIT.s3(RunningStack.get())) {
            ObjectRef source = new ObjectRef(RunningStack.get().endpoints().sourceBucket(), "videos/" + id + "/source.mp4");
            s3.putObject(b -> b.bucket(source.bucket()).key(source.key()),
                    software.amazon.awssdk.core.sync.RequestBody.fromFile(clip));
            kafka.send(VideoUploaded.create(id, source, "retry-me.mp4", "video/mp4", Files.size(clip),
                    UploadSource.UPLOAD));
        }
        List<RenderReady> failed = kafka.collectForVideo(Topics.RENDER_READY, RenderReady.class, id, 1, WAIT);
        assertThat(failed).singleElement().satisfies(event -> {
            assertThat(event.status()).isEqualTo(RenderStatus.FAILED);
            assertThat(event.error()).contains("injected");
        });
        assertThat(gateway.finalVideo(id).path("status").asInt()).isEqualTo(-1);

        HttpResponse<String> retried = post("/videos/" + id + "/retry?stage=preview");
        System.out.println("[retry] POST /videos/" + id + "/retry?stage=preview → " + retried.statusCode() + " "
                + retried.body());
        assertThat(retried.statusCode()).isEqualTo(202);
        // A second retry while the first runs is refused.
        assertThat(post("/videos/" + id + "/retry?stage=preview").statusCode()).isEqualTo(409);

        List<RenderReady> outcomes = kafka.collect(Topics.RENDER_READY, RenderReady.class,
                e -> e.videoId().equals(id), list -> list.size() >= 2, WAIT);
        assertThat(outcomes).extracting(RenderReady::status).containsExactly(RenderStatus.FAILED, RenderStatus.READY);
        JsonNode video = gateway.finalVideo(id);
        assertThat(video.path("status").asInt()).isEqualTo(1);
        assertThat(video.path("gifUrl").asText()).isNotBlank();
    }

    @Test
    void theRetryApiRefusesWhatCannotBeRetried() throws Exception {
        String unknown = UUID.randomUUID().toString();
        HttpResponse<String> notFound = post("/videos/" + unknown + "/retry?stage=preview");
        HttpResponse<String> noSuchStage = post("/videos/" + unknown + "/retry?stage=sparkles");
        String processing = gateway.upload(TestVideos.clip(Duration.ofSeconds(20), 640, 360, 25), "busy.mp4");
        HttpResponse<String> busy = post("/videos/" + processing + "/retry?stage=preview");
        System.out.printf("[retry] unknown video → %d %s%n[retry] unknown stage → %d %s%n[retry] processing → %d %s%n",
                notFound.statusCode(), notFound.body(), noSuchStage.statusCode(), noSuchStage.body(),
                busy.statusCode(), busy.body());
        assertThat(notFound.statusCode()).isEqualTo(404);
        assertThat(noSuchStage.statusCode()).isEqualTo(400);
        assertThat(busy.statusCode()).isEqualTo(409);
        assertThat(busy.body()).contains("still processing");
        kafka.collectForVideo(Topics.RENDER_READY, RenderReady.class, processing, 1, WAIT);
    }

    @Test
    void freshUploadsAreServedWhileABacklogOfRetriesWaitsOnTheLowPriorityLane() throws Exception {
        Path longClip = TestVideos.benchmarkClip(Duration.ofSeconds(30));
        Path shortClip = TestVideos.clip(Duration.ofSeconds(4), 640, 360, 25);
        List<String> retried = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            retried.add(gateway.upload(longClip, "backlog-" + i + ".mp4"));
        }
        for (String id : retried) {
            assertThat(kafka.collectForVideo(Topics.RENDER_READY, RenderReady.class, id, 1, WAIT))
                    .singleElement().extracting(RenderReady::status).isEqualTo(RenderStatus.READY);
            gateway.finalVideo(id);
        }
        // Without a backlog: how long a fresh short upload takes on this machine now.
        double alone = timeToReady(gateway.upload(shortClip, "fresh-alone.mp4"), System.nanoTime());

        long start = System.nanoTime();
        // A backlog on capture-svc's lane: each retry is a whole decoding pass over a 30 s 1280x720 video, then labels.
        for (String id : retried) {
            HttpResponse<String> answer = post("/videos/" + id + "/retry?stage=captures");
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);
        }
        List<Double> fresh = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            fresh.add(timeToReady(gateway.upload(shortClip, "fresh-" + i + ".mp4"), System.nanoTime()));
        }
        int stillWaiting = 0;
        for (String id : retried) {
            if (gateway.video(id).path("status").asInt() == 0) {
                stillWaiting++;
            }
        }
        for (String id : retried) {
            List<RenderReady> outcomes = kafka.collect(Topics.RENDER_READY, RenderReady.class,
                    e -> e.videoId().equals(id), list -> list.size() >= 2, WAIT);
            assertThat(outcomes).extracting(RenderReady::status).containsExactly(RenderStatus.READY, RenderStatus.READY);
        }
        double backlogSeconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("[retry] priority lane: a fresh 4 s upload alone took %.1f s to READY; with %d captures "
                        + "retries of 30 s 1280x720 videos queued on render.reprocess just before, fresh uploads took "
                        + "%s s, when %d of the %d retried videos were still processing; the backlog was done after "
                        + "%.1f s%n", alone, retried.size(), fresh.stream().map(d -> String.format("%.1f", d)).toList(),
                stillWaiting, retried.size(), backlogSeconds);
    }

    /** Seconds from {@code since} until the video's render.ready (READY asserted). */
    private double timeToReady(String id, long since) {
        assertThat(kafka.collect(Topics.RENDER_READY, RenderReady.class, e -> e.videoId().equals(id),
                list -> !list.isEmpty(), WAIT)).singleElement().extracting(RenderReady::status)
                .isEqualTo(RenderStatus.READY);
        return (System.nanoTime() - since) / 1e9;
    }

    private HttpResponse<String> post(String path) throws Exception {
        return http.send(RunningStack.request(URI.create(gatewayUrl + path))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }
}
