package io.framewise.local.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import io.framewise.local.infra.Endpoints;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The services trace only when an OTLP receiver is named: by FRAMEWISE_TRACING_ENDPOINT or by a test. */
class TracingOptionTest {

    private static final Endpoints ENDPOINTS = new Endpoints("127.0.0.1:9092", "http://127.0.0.1:9000", "key",
            "secret", "framewise-source", "framewise-render", "jdbc:postgresql://127.0.0.1/framewise",
            "postgresql://127.0.0.1/framewise", "postgres", "postgres", java.util.Map.of());
    private static final ServiceSpec GIF = ServiceSpec.named("gif");

    @Test
    void upWithoutTheVariableGivesTheServicesNoEndpoint() {
        StackOptions options = StackOptions.fromEnvironment(Path.of("."), Map.of());

        assertThat(options.tracingEndpoint()).isEmpty();
        assertThat(Stack.environmentFor(GIF, ENDPOINTS, Map.of(), options))
                .doesNotContainKey(StackOptions.TRACING_ENDPOINT);
    }

    @Test
    void upWithTheVariablePassesItToEveryService() {
        StackOptions options = StackOptions.fromEnvironment(Path.of("."),
                Map.of(StackOptions.TRACING_ENDPOINT, "http://localhost:4318")).withWorkers("gif=2");

        assertThat(options.tracingEndpoint()).contains(URI.create("http://localhost:4318"));
        assertThat(Stack.environmentFor(GIF, ENDPOINTS, Map.of(), options))
                .containsEntry(StackOptions.TRACING_ENDPOINT, "http://localhost:4318");
    }

    @Test
    void aTestNamesItsOwnReceiver() {
        StackOptions options = StackOptions.ephemeral(Path.of("."), Path.of("data"))
                .withTracing(URI.create("http://127.0.0.1:4318"));

        assertThat(Stack.environmentFor(GIF, ENDPOINTS, Map.of(), options))
                .containsEntry(StackOptions.TRACING_ENDPOINT, "http://127.0.0.1:4318");
    }
}
