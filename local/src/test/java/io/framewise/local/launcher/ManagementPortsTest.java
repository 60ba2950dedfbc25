package io.framewise.local.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * Every service answers /q/* on a management port of its own: the launcher's ports are the ones each service's
 * application.properties names, and no two processes, nor the infrastructure, share one.
 */
class ManagementPortsTest {

    @Test
    void theLauncherUsesThePortEachServiceConfigures() throws IOException {
        StackOptions options = StackOptions.fromEnvironment(Path.of("."), Map.of());
        for (ServiceSpec spec : ServiceSpec.ALL) {
            Properties properties = applicationProperties(spec);
            assertThat(properties.getProperty("quarkus.management.enabled")).as(spec.name()).isEqualTo("true");
            assertThat(options.managementPortOf(spec, 0)).as(spec.name())
                    .isEqualTo(Integer.parseInt(properties.getProperty("quarkus.management.port")))
                    .isEqualTo(Integer.parseInt(properties.getProperty("quarkus.http.port")) + ServiceSpec.MANAGEMENT_OFFSET);
        }
    }

    @Test
    void noTwoProcessesNorTheInfrastructureShareAPort() {
        StackOptions options = StackOptions.fromEnvironment(Path.of("."), Map.of())
                .withWorkers("gif=8,capture=8,label=8,transcode=8,transcribe=8");
        List<Integer> services = new ArrayList<>();
        for (ServiceSpec spec : ServiceSpec.ALL) {
            for (int replica = 0; replica < options.processesOf(spec); replica++) {
                services.add(options.portOf(spec, replica));
                services.add(options.managementPortOf(spec, replica));
            }
        }
        List<Integer> all = new ArrayList<>(services);
        all.addAll(List.of(options.kafkaPort(), options.kafkaPort() + 1, options.postgresPort(), options.s3Port()));

        assertThat(all).doesNotHaveDuplicates();
        assertThat(services).as("Quarkus' default management port, compose's Prometheus and Grafana")
                .doesNotContain(9000, 9090, 3000);
    }

    private static Properties applicationProperties(ServiceSpec spec) throws IOException {
        Path file = projectRoot().resolve(spec.name()).resolve("src/main/resources/application.properties");
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        }
        return properties;
    }

    private static Path projectRoot() {
        return Path.of("").toAbsolutePath().getParent();
    }
}
