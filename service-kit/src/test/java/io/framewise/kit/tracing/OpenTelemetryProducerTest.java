package io.framewise.kit.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Tracing is off (a no-op, no exporter, nothing contacted) unless an endpoint is configured. */
class OpenTelemetryProducerTest {

    private final OpenTelemetryProducer producer = new OpenTelemetryProducer();

    @Test
    void withoutAnEndpointItIsTheNoOp() {
        OpenTelemetry off = producer.openTelemetry(Optional::empty, "gif-svc");

        assertThat(off).isSameAs(OpenTelemetry.noop());
        assertThat(off.getTracer("t").spanBuilder("s").startSpan().getSpanContext().isValid()).isFalse();
    }

    @Test
    void withOneItRecordsSpansForExport() {
        OpenTelemetry on = producer.openTelemetry(() -> Optional.of(URI.create("http://127.0.0.1:1/")), "gif-svc");
        try {
            assertThat(on).isInstanceOf(OpenTelemetrySdk.class);
            assertThat(on.getTracer("t").spanBuilder("s").startSpan().getSpanContext().isValid()).isTrue();
            assertThat(on.getPropagators().getTextMapPropagator().fields()).contains("traceparent");
        } finally {
            producer.close(on);
        }
    }
}
