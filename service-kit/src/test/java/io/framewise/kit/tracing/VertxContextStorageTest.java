package io.framewise.kit.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.smallrye.common.vertx.VertxContext;
import io.vertx.core.Vertx;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The trace context attached to a request's or record's Vert.x context is current wherever that context runs. */
class VertxContextStorageTest {

    private final Vertx vertx = Vertx.vertx();
    private final RecordingSpans spans = new RecordingSpans();

    @AfterEach
    void stop() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Test
    void aTraceAttachedToADuplicatedContextIsCurrentOnItsWorkerThreadsToo() throws Exception {
        Span span = spans.tracer().spanBuilder("record").startSpan();
        io.vertx.core.Context record = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        VertxContextStorage.INSTANCE.attach(record, Context.root().with(span));

        CompletableFuture<Span> onWorker = new CompletableFuture<>();
        record.runOnContext(ignored -> record.executeBlocking(() -> Span.current())
                .onComplete(result -> onWorker.complete(result.result())));

        assertThat(onWorker.get(10, TimeUnit.SECONDS)).isSameAs(span);
        assertThat(Span.current().getSpanContext().isValid()).as("not on this thread").isFalse();
    }

    @Test
    void anotherRecordsContextDoesNotSeeIt() throws Exception {
        io.vertx.core.Context first = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        io.vertx.core.Context second = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        VertxContextStorage.INSTANCE.attach(first, Context.root().with(spans.tracer().spanBuilder("a").startSpan()));

        CompletableFuture<Boolean> seen = new CompletableFuture<>();
        second.runOnContext(ignored -> seen.complete(Span.current().getSpanContext().isValid()));

        assertThat(seen.get(10, TimeUnit.SECONDS)).isFalse();
    }

    @Test
    void closingTheScopeRestoresWhatWasCurrentBefore() throws Exception {
        Span outer = spans.tracer().spanBuilder("outer").startSpan();
        Span inner = spans.tracer().spanBuilder("inner").startSpan();
        io.vertx.core.Context record = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());

        CompletableFuture<String> seen = new CompletableFuture<>();
        record.runOnContext(ignored -> {
            try (Scope o = outer.makeCurrent()) {
                try (Scope i = inner.makeCurrent()) {
                    assertThat(Span.current()).isSameAs(inner);
                }
                seen.complete(Span.current() == outer ? "outer" : "other");
            }
        });

        assertThat(seen.get(10, TimeUnit.SECONDS)).isEqualTo("outer");
    }

    @Test
    void outsideVertxItIsAThreadLocal() {
        Span span = spans.tracer().spanBuilder("plain").startSpan();
        try (Scope scope = span.makeCurrent()) {
            assertThat(Span.current()).isSameAs(span);
        }
        assertThat(Span.current().getSpanContext().isValid()).isFalse();
    }
}
