package io.framewise.kit.tracing;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.exporter.otlp.http.trace.OtlpHttpSpanExporter;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.resources.Resource;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.quarkus.arc.Unremovable;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The service's OpenTelemetry: a no-op unless {@link TracingConfig#endpoint()} is set, then an SDK that exports
 * spans in batches over OTLP/HTTP, named after the service, propagating W3C trace context. SmallRye's Kafka
 * connector takes this bean to trace records and carry the context in their headers.
 */
public class OpenTelemetryProducer {

    static final AttributeKey<String> SERVICE_NAME = AttributeKey.stringKey("service.name");

    @Produces
    @Singleton
    @Unremovable
    OpenTelemetry openTelemetry(TracingConfig config,
                                @ConfigProperty(name = "quarkus.application.name") String service) {
        return config.endpoint().map(endpoint -> exportingTo(endpoint, service)).orElse(OpenTelemetry.noop());
    }

    @Produces
    @Singleton
    Tracer tracer(OpenTelemetry openTelemetry) {
        return openTelemetry.getTracer("io.framewise");
    }

    /** Sends the spans still buffered before the service stops. */
    void close(@Disposes OpenTelemetry openTelemetry) {
        if (openTelemetry instanceof OpenTelemetrySdk sdk) {
            sdk.close();
        }
    }

    static OpenTelemetry exportingTo(URI endpoint, String service) {
        String base = endpoint.toString().replaceAll("/+$", "");
        SdkTracerProvider tracers = SdkTracerProvider.builder()
                .setResource(Resource.getDefault().merge(Resource.create(Attributes.of(SERVICE_NAME, service))))
                .addSpanProcessor(BatchSpanProcessor.builder(OtlpHttpSpanExporter.builder()
                        .setEndpoint(base + "/v1/traces").build()).build())
                .build();
        return OpenTelemetrySdk.builder()
                .setTracerProvider(tracers)
                .setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance()))
                .build();
    }
}
