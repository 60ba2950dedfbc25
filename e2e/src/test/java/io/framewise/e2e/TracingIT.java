package io.framewise.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.framewise.e2e.OtlpReceiver.ReceivedSpan;
import io.framewise.events.RenderReady;
import io.framewise.events.RenderStatus;
import io.framewise.events.Topics;
import io.framewise.testkit.TestVideos;
import io.framewise.testkit.TopicClient;
import io.opentelemetry.proto.trace.v1.Span.SpanKind;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * One video is one trace: a client starts it with its own {@code traceparent} on the upload, and every hop after
 * that, HTTP into the gateway and each Kafka record between the services, continues it up to render.ready. The
 * services export to {@link RunningStack#traces()} over OTLP/HTTP.
 */
class TracingIT {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Test
    void aVideosSpansFromUploadToRenderReadyShareTheClientsTraceAcrossAllSixServices() throws Exception {
        var stack = RunningStack.get();
        String traceId = randomHex(16);
        String id = new Gateway(stack.gatewayUrl()).upload(TestVideos.scenesWithPhotos(), "traced.mp4",
                Map.of("traceparent", "00-" + traceId + "-" + randomHex(8) + "-01"));

        List<RenderReady> ready = new TopicClient(stack.endpoints().kafkaBootstrapServers())
                .collectForVideo(Topics.RENDER_READY, RenderReady.class, id, 1, Duration.ofMinutes(2));
        assertThat(ready).singleElement().extracting(RenderReady::status).isEqualTo(RenderStatus.READY);

        // Spans are exported in batches every few seconds.
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            List<ReceivedSpan> trace = RunningStack.traces().trace(traceId);
            assertThat(trace).extracting(ReceivedSpan::service).as("services in the trace")
                    .contains("gateway-svc", "session-svc", "gif-svc", "capture-svc", "label-svc", "status-svc");
            assertThat(trace).as("the upload request").anySatisfy(span -> {
                assertThat(span.service()).isEqualTo("gateway-svc");
                assertThat(span.kind()).isEqualTo(SpanKind.SPAN_KIND_SERVER);
            });
            assertThat(trace).extracting(ReceivedSpan::name).as("each stage's work")
                    .contains("probe", "preview", "captures", "label");
            assertThat(trace).as("render.ready sent").anySatisfy(span -> {
                assertThat(span.service()).isEqualTo("status-svc");
                assertThat(span.kind()).isEqualTo(SpanKind.SPAN_KIND_PRODUCER);
                assertThat(span.name()).contains(Topics.RENDER_READY);
            });
            var spanIds = trace.stream().map(ReceivedSpan::spanId).toList();
            assertThat(trace).as("one tree: every span's parent is in the trace, but the client's")
                    .filteredOn(span -> !spanIds.contains(span.parentSpanId()))
                    .extracting(ReceivedSpan::service).containsOnly("gateway-svc");
        });
    }

    private static String randomHex(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
