package io.framewise.local.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.framewise.local.infra.Endpoints;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code ./framewise up} listens on 127.0.0.1 only without a key; {@code --listen} elsewhere needs a key. */
class ListenAddressTest {

    static final Endpoints ENDPOINTS = new Endpoints("127.0.0.1:9092", "http://127.0.0.1:9000", "key",
            "secret", "framewise-source", "framewise-render", "jdbc:postgresql://127.0.0.1/framewise",
            "postgresql://127.0.0.1/framewise", "postgres", "postgres", Map.of());
    private static final String KEY = "0123456789abcdef0123";

    @Test
    void byDefaultEveryServiceListensOnLoopbackAndTheGatewayAsksNoKey() {
        StackOptions options = StackOptions.fromEnvironment(Path.of("."), Map.of());
        for (ServiceSpec spec : ServiceSpec.ALL) {
            assertThat(env(spec, options)).as(spec.name()).containsEntry("QUARKUS_HTTP_HOST", "127.0.0.1");
        }
        Map<String, String> gateway = env(ServiceSpec.named("gateway"), options);
        assertThat(gateway).containsEntry("FRAMEWISE_GATEWAY_AUTH_ENABLED", "false")
                .doesNotContainKey("FRAMEWISE_GATEWAY_AUTH_API_KEYS")
                .doesNotContainKey("FRAMEWISE_GATEWAY_WEBHOOKS_ALLOW_PRIVATE")
                .containsEntry("FRAMEWISE_GATEWAY_WEBHOOKS_ALLOWED_NETWORKS", "127.0.0.0/8,::1/128");
    }

    @Test
    void listeningBeyondThisMachineWithoutAKeyIsRefusedSayingHowToGiveOne() {
        StackOptions options = StackOptions.fromEnvironment(Path.of("."), Map.of());
        assertThatThrownBy(() -> options.withAccess(options.access().listeningOn("0.0.0.0")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs an API key").hasMessageContaining("FRAMEWISE_API_KEY=");
        assertThatThrownBy(() -> StackOptions.fromEnvironment(Path.of("."), Map.of(Access.API_KEY, "short")))
                .hasMessageContaining("too short");
        assertThat(options.withAccess(options.access().listeningOn("localhost")).access().loopbackOnly()).isTrue();
    }

    @Test
    void withAKeyTheGatewayListensWhereAskedRequiresItAndReachesNoPrivateReceivers() {
        StackOptions options = StackOptions.fromEnvironment(Path.of("."), Map.of(Access.API_KEY, KEY));
        options = options.withAccess(options.access().listeningOn("0.0.0.0"));
        Map<String, String> gateway = env(ServiceSpec.named("gateway"), options);
        assertThat(gateway).containsEntry("QUARKUS_HTTP_HOST", "0.0.0.0")
                .containsEntry("FRAMEWISE_GATEWAY_AUTH_ENABLED", "true")
                .containsEntry("FRAMEWISE_GATEWAY_AUTH_API_KEYS", KEY)
                .doesNotContainKey("FRAMEWISE_GATEWAY_WEBHOOKS_ALLOWED_NETWORKS");
        assertThat(env(ServiceSpec.named("status"), options)).as("the others stay on loopback")
                .containsEntry("QUARKUS_HTTP_HOST", "127.0.0.1");
    }

    private static Map<String, String> env(ServiceSpec spec, StackOptions options) {
        return Stack.environmentFor(spec, ENDPOINTS, Map.of("status-svc", 8085), options);
    }
}
