package io.framewise.kit.tracing;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * A server span for every HTTP request but Quarkus' own {@code /q/} endpoints (health, metrics), continuing the
 * caller's trace from its {@code traceparent} header and current while the request is handled, so the events an
 * upload sends carry it on.
 */
@ApplicationScoped
public class HttpServerTracing {

    private static final TextMapGetter<HttpServerRequest> HEADERS = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(HttpServerRequest request) {
            return request.headers().names();
        }

        @Override
        public String get(HttpServerRequest request, String key) {
            return request == null ? null : request.getHeader(key);
        }
    };

    private final OpenTelemetry openTelemetry;
    private final Tracer tracer;

    public HttpServerTracing(OpenTelemetry openTelemetry, Tracer tracer) {
        this.openTelemetry = openTelemetry;
        this.tracer = tracer;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::trace);
    }

    private void trace(RoutingContext routing) {
        HttpServerRequest request = routing.request();
        io.vertx.core.Context vertx = Vertx.currentContext();
        if (request.path().startsWith("/q/") || vertx == null) {
            routing.next();
            return;
        }
        Context parent = openTelemetry.getPropagators().getTextMapPropagator()
                .extract(Context.root(), request, HEADERS);
        Span span = tracer.spanBuilder(request.method().name())
                .setSpanKind(SpanKind.SERVER)
                .setParent(parent)
                .setAttribute("http.request.method", request.method().name())
                .setAttribute("url.path", request.path())
                .startSpan();
        // The request's duplicated context lives as long as the request: the span stays current in it.
        VertxContextStorage.INSTANCE.attach(vertx, parent.with(span));
        routing.addEndHandler(done -> {
            int status = routing.response().getStatusCode();
            span.setAttribute("http.response.status_code", status);
            if (status >= 500) {
                span.setStatus(StatusCode.ERROR);
            }
            span.end();
        });
        routing.next();
    }
}
