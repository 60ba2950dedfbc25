package io.framewise.kit.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import io.framewise.events.StageFailed;
import io.framewise.events.Stage;
import io.framewise.kit.messaging.KeyedMessages;
import io.framewise.kit.metrics.StageMetrics;
import io.framewise.kit.work.StageFailure;
import io.framewise.kit.work.StageObserver;
import io.framewise.kit.work.StageRunner;
import io.framewise.kit.work.TestWorkConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.smallrye.reactive.messaging.TracingMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.Test;

/** Each stage job is a span in the record's trace, and the events it sends continue from that span. */
class StageTracingTest {

    private final RecordingSpans spans = new RecordingSpans();
    private final StageRunner runner = new StageRunner(new TestWorkConfig(1),
            new StageObserver(new StageMetrics(new SimpleMeterRegistry()), spans.tracer()),
            new io.framewise.kit.work.MediaLengths());

    @Test
    void aJobIsASpanNamedAfterItsStageUnderTheRecordsSpanAndItsEventsContinueFromIt() {
        Span record = spans.tracer().spanBuilder("render.start receive").startSpan();
        List<Message<StageFailed>> sent = new ArrayList<>();
        try (Scope scope = record.makeCurrent()) {
            runner.run("v1", Stage.PREVIEW, "making the preview",
                    scratch -> sent.add(KeyedMessages.of(event("v1"))), (r, t) -> { });
        }
        record.end();

        SpanData stage = spans.ended().stream().filter(s -> s.getName().equals("preview")).findFirst().orElseThrow();
        assertThat(stage.getTraceId()).isEqualTo(record.getSpanContext().getTraceId());
        assertThat(stage.getParentSpanId()).isEqualTo(record.getSpanContext().getSpanId());
        assertThat(stage.getAttributes().asMap()).containsValue("v1");
        assertThat(TracingMetadata.fromMessage(sent.get(0))).get()
                .extracting(metadata -> Span.fromContext(metadata.getCurrentContext()).getSpanContext().getSpanId())
                .isEqualTo(stage.getSpanId());
    }

    @Test
    void aFailedJobsSpanSaysWhy() {
        runner.run("v2", Stage.SESSION, "probing the upload", scratch -> {
            throw new StageFailure("not a readable video");
        }, (r, t) -> { });

        assertThat(spans.ended()).singleElement().satisfies(span -> {
            assertThat(span.getName()).isEqualTo("probe");
            assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
            assertThat(span.getStatus().getDescription()).isEqualTo("unusable_media");
        });
    }

    @Test
    void eventsAnnouncedFromAThreadOfTheJobsOwnContinueItsTrace() throws Exception {
        List<Message<StageFailed>> sent = new CopyOnWriteArrayList<>();
        ExecutorService own = Executors.newSingleThreadExecutor();
        try {
            runner.run("v4", Stage.CAPTURES, "making the captures", scratch -> {
                var announce = Traces.<String>carrying(id -> sent.add(KeyedMessages.of(event(id))));
                own.submit(() -> announce.accept("v4")).get();
            }, (r, t) -> { });
        } finally {
            own.shutdown();
        }

        SpanData stage = spans.ended().get(0);
        assertThat(TracingMetadata.fromMessage(sent.get(0))).get()
                .extracting(metadata -> Span.fromContext(metadata.getCurrentContext()).getSpanContext().getSpanId())
                .isEqualTo(stage.getSpanId());
    }

    @Test
    void withoutATraceAnEventCarriesNoTracingMetadata() {
        assertThat(TracingMetadata.fromMessage(KeyedMessages.of(event("v3")))).isEmpty();
    }

    /** Any event will do: only its video id matters to the message. */
    private static StageFailed event(String videoId) {
        return StageFailed.create(videoId, Stage.PREVIEW, "irrelevant", false);
    }
}
