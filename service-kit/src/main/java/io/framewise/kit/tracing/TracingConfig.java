package io.framewise.kit.tracing;

import io.smallrye.config.ConfigMapping;
import java.net.URI;
import java.util.Optional;

/** Where spans go ({@code framewise.tracing.*}). Without an endpoint tracing is off and nothing is contacted. */
@ConfigMapping(prefix = "framewise.tracing")
public interface TracingConfig {

    /**
     * The OTLP/HTTP (protobuf) receiver, e.g. http://otel-collector:4318 (a collector, Jaeger, Tempo); spans are
     * POSTed to {@code <endpoint>/v1/traces}. Empty (the default) turns tracing off. Env: FRAMEWISE_TRACING_ENDPOINT.
     */
    Optional<URI> endpoint();
}
