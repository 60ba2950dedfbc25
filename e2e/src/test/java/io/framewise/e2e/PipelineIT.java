package io.framewise.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.framewise.events.Label;
import io.framewise.events.RenderReady;
import io.framewise.events.RenderStatus;
import io.framewise.events.Topics;
import io.framewise.testkit.TestVideos;
import io.framewise.testkit.TopicClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A real video through the real service processes, over the real broker, S3 API and PostgreSQL: uploaded at the
 * gateway, it comes out on render.ready with a GIF, captures, labels and metadata.json.
 */
class PipelineIT {

    private static final Duration WAIT = Duration.ofMinutes(2);

    private final Gateway gateway = new Gateway(RunningStack.get().gatewayUrl());
    private final TopicClient kafka = new TopicClient(RunningStack.get().endpoints().kafkaBootstrapServers());

    @Test
    void aClipWithSceneCutsComesOutReadyWithPreviewCapturesAndLabels() throws Exception {
        String id = gateway.upload(TestVideos.scenesWithPhotos(), "holiday.mp4");

        List<RenderReady> ready = kafka.collectForVideo(Topics.RENDER_READY, RenderReady.class, id, 1, WAIT);

        assertThat(ready).as("exactly one render.ready").singleElement().satisfies(event -> {
            assertThat(event.status()).isEqualTo(RenderStatus.READY);
            assertThat(event.gif().frames()).isEqualTo(10);
            assertThat(event.metadataKey()).isEqualTo(id + "/metadata.json");
            assertThat(event.allLabels()).extracting(Label::name).contains("Dog", "Horse", "Person");
        });
        JsonNode video = gateway.finalVideo(id);
        assertThat(video.path("status").asInt()).isEqualTo(1);
        assertThat(video.path("message").asText()).isEqualTo("Video ready");
        assertThat(new String(gateway.download(video.path("gifUrl").asText()), 0, 6, StandardCharsets.US_ASCII))
                .isEqualTo("GIF89a");
        assertThat(video.path("labels").size()).as("captures").isEqualTo(4);
        assertThat(names(video.path("allLabels"))).contains("Dog", "Horse", "Person");

        JsonNode metadata = Gateway.parse(gateway.download(video.path("metadataUrl").asText()));
        assertThat(metadata.path("id").asText()).isEqualTo(id);
        assertThat(metadata.path("labels").size()).isEqualTo(4);
        // A keyframe every second: capture-svc scans keyframe by keyframe, and the second shot (from 2 s) is captured
        // at its first keyframe past the 0.5 s delay.
        assertThat(metadata.path("labels").get(1).path("time").asDouble()).isEqualTo(3.0);
        JsonNode allLabels = metadata.path("allLabels");
        for (int i = 1; i < allLabels.size(); i++) {
            assertThat(allLabels.get(i).path("Confidence").asDouble())
                    .as("allLabels sorted by confidence").isLessThanOrEqualTo(allLabels.get(i - 1).path("Confidence").asDouble());
        }
        assertThat(names(allLabels)).doesNotHaveDuplicates();
    }

    @Test
    void aFileThatIsNotAVideoComesOutFailedWithItsReason() throws Exception {
        String id = gateway.upload(TestVideos.broken(TestVideos.Broken.TEXT), "notes.mp4");

        List<RenderReady> outcome = kafka.collectForVideo(Topics.RENDER_READY, RenderReady.class, id, 1, WAIT);

        assertThat(outcome).singleElement().satisfies(event -> {
            assertThat(event.status()).isEqualTo(RenderStatus.FAILED);
            assertThat(event.error()).isEqualTo("not a readable video: invalid data found when processing input");
        });
        JsonNode video = gateway.finalVideo(id);
        assertThat(video.path("status").asInt()).isEqualTo(-1);
        assertThat(video.path("message").asText()).isEqualTo("Error");
        assertThat(video.path("error").asText()).startsWith("not a readable video");
    }

    private static List<String> names(JsonNode labels) {
        List<String> names = new ArrayList<>();
        labels.forEach(label -> names.add(label.path("Name").asText()));
        return names;
    }
}
