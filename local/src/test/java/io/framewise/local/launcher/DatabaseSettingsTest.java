package io.framewise.local.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each service gets the database settings its persistence reads, and no others. */
class DatabaseSettingsTest {

    private static final StackOptions OPTIONS = StackOptions.fromEnvironment(Path.of("."), Map.of());

    @Test
    void statusServiceGetsJdbcForFlywayAndTheReactiveClientForHibernateReactive() {
        assertThat(env("status")).containsEntry("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1/framewise")
                .containsEntry("QUARKUS_DATASOURCE_REACTIVE_URL", "postgresql://127.0.0.1/framewise");
    }

    @Test
    void gatewayGetsJdbcOnlyForItsBlockingOrm() {
        assertThat(env("gateway")).containsEntry("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1/framewise")
                .containsEntry("QUARKUS_DATASOURCE_USERNAME", "postgres")
                .doesNotContainKey("QUARKUS_DATASOURCE_REACTIVE_URL");
    }

    @Test
    void workersGetNoDatabase() {
        assertThat(env("label").keySet()).noneMatch(key -> key.startsWith("QUARKUS_DATASOURCE_"));
    }

    private static Map<String, String> env(String service) {
        return Stack.environmentFor(ServiceSpec.named(service), ListenAddressTest.ENDPOINTS, Map.of("status-svc", 8085),
                OPTIONS);
    }
}
