package io.framewise.deploy;

import static io.framewise.deploy.Yamls.at;
import static io.framewise.deploy.Yamls.string;
import static org.assertj.core.api.Assertions.assertThat;

import io.framewise.events.Topics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** docker-compose.yml: valid for docker-compose, and every service is healthy-checked, restarted and configured. */
class ComposeFileTest {

    private static final Map<String, Object> COMPOSE = Yamls.load(Repo.compose());

    @ParameterizedTest
    @ValueSource(strings = {"", "minio-notify"})
    void dockerComposeConfigAcceptsIt(String profile) throws Exception {
        Assumptions.assumeTrue(onPath("docker-compose"),
                "docker-compose is not installed (apt-get install docker-compose); skipping its config check");
        // docker-compose config refuses a build context that does not exist.
        for (Component component : Component.values()) {
            Assumptions.assumeTrue(component.moduleMerged(), component.service + "/ is not in this checkout yet (merge its branch)");
        }
        var command = new java.util.ArrayList<>(List.of("docker-compose", "-f", Repo.compose().toString()));
        if (!profile.isEmpty()) {
            command.addAll(List.of("--profile", profile));
        }
        command.addAll(List.of("config", "-q"));
        Process process = new ProcessBuilder(command).directory(Repo.root().toFile()).redirectErrorStream(true).start();
        boolean finished = process.waitFor(2, TimeUnit.MINUTES);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(finished).as("docker-compose config finished").isTrue();
        assertThat(process.exitValue()).as("docker-compose config -q: %s", output).isZero();
    }

    @ParameterizedTest
    @EnumSource(Component.class)
    void everyServiceIsBuiltHealthCheckedRestartedAndConfigured(Component component) {
        var service = service(component.service);

        assertThat(service.get("restart")).isEqualTo("unless-stopped");
        assertThat(String.join(" ", strings(at(service, "healthcheck.test"))))
                .contains("http://localhost:" + component.port + "/q/health/ready");
        assertThat(string(service, "build.context")).isEqualTo("./" + component.service);
        assertThat(string(service, "build.dockerfile")).isEqualTo("src/main/docker/Dockerfile.jvm");
        assertThat(string(service, "depends_on.kafka-init.condition")).isEqualTo("service_completed_successfully");
        assertThat(string(service, "depends_on.minio-init.condition")).isEqualTo("service_completed_successfully");
        var environment = Yamls.map(service.get("environment"));
        assertThat(environment).containsKeys("KAFKA_BOOTSTRAP_SERVERS", "FRAMEWISE_STORAGE_ENDPOINT",
                "FRAMEWISE_STORAGE_ACCESS_KEY", "FRAMEWISE_STORAGE_SECRET_KEY", "FRAMEWISE_STORAGE_SOURCE_BUCKET",
                "FRAMEWISE_STORAGE_RENDER_BUCKET");
        if (component.usesDatabase()) {
            assertThat(environment).containsKeys("QUARKUS_DATASOURCE_REACTIVE_URL", "QUARKUS_DATASOURCE_JDBC_URL",
                    "QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD");
            assertThat(string(service, "depends_on.postgres.condition")).isEqualTo("service_healthy");
        }
    }

    @Test
    void gatewayIsPublishedAndFindsStatusService() {
        var gateway = service(Component.GATEWAY.service);

        assertThat(string(gateway, "environment.QUARKUS_REST_CLIENT_STATUS_URL")).isEqualTo("http://status-svc:8085");
        assertThat(strings(gateway.get("ports"))).containsExactly("${FRAMEWISE_HTTP_PORT:-8080}:8080");
    }

    @Test
    void kafkaInitCreatesEveryTopicOfTheEventContract() {
        var init = service("kafka-init");

        assertThat(Arrays.asList(string(init, "environment.TOPICS").trim().split("\\s+")))
                .containsExactlyInAnyOrderElementsOf(Topics.allWithDeadLetters());
        assertThat(string(init, "environment.PARTITIONS")).isEqualTo("12");
        assertThat(string(init, "environment.COMPACTED_TOPICS").trim().split("\\s+")).containsExactly(Topics.PEOPLE);
        String script = String.join("\n", strings(at(init, "command")));
        String compactedLoop = script.substring(script.indexOf("for topic in $$COMPACTED_TOPICS"));
        assertThat(compactedLoop).contains("--partitions 1").contains("--config cleanup.policy=compact")
                .contains("kafka-configs.sh").contains("--add-config cleanup.policy=compact");
        assertThat(string(service("kafka"), "image")).startsWith("apache/kafka:4.");
        assertThat(string(service("kafka"), "environment.KAFKA_PROCESS_ROLES")).isEqualTo("broker,controller");
    }

    @Test
    void sessionSvcExpectsEveryStageUnlessTold() {
        assertThat(string(service(Component.SESSION.service), "environment.FRAMEWISE_SESSION_STAGES"))
                .isEqualTo("${FRAMEWISE_SESSION_STAGES:-preview,captures,labels,storyboard,transcode,transcribe}");
    }

    @Test
    void tracingIsOffUnlessAnEndpointIsGivenAndReachesEveryService() {
        for (Component component : Component.values()) {
            assertThat(string(service(component.service), "environment.FRAMEWISE_TRACING_ENDPOINT")).as(component.service)
                    .isEqualTo("${FRAMEWISE_TRACING_ENDPOINT:-}");
        }
    }

    @Test
    void gatewayMailIsOffByDefaultAndPresignsForTheHostsAddress() {
        var environment = Yamls.map(service(Component.GATEWAY.service).get("environment"));

        assertThat(environment).containsEntry("FRAMEWISE_GATEWAY_MAIL_ENABLED", "${FRAMEWISE_MAIL_ENABLED:-false}")
                .containsEntry("FRAMEWISE_GATEWAY_MAIL_TO", "${FRAMEWISE_MAIL_TO:-}")
                .containsEntry("QUARKUS_MAILER_HOST", "${FRAMEWISE_SMTP_HOST:-localhost}")
                .containsKeys("FRAMEWISE_GATEWAY_MAIL_ON_READY", "QUARKUS_MAILER_PORT", "QUARKUS_MAILER_FROM",
                        "QUARKUS_MAILER_USERNAME", "QUARKUS_MAILER_PASSWORD", "QUARKUS_MAILER_START_TLS", "QUARKUS_MAILER_TLS")
                .containsEntry("FRAMEWISE_STORAGE_PUBLIC_ENDPOINT", "${FRAMEWISE_S3_PUBLIC_ENDPOINT:-http://localhost:9000}");
        for (Component other : Component.values()) {
            if (other != Component.GATEWAY) {
                assertThat(Yamls.map(service(other.service).get("environment"))).as(other.service)
                        .doesNotContainKeys("FRAMEWISE_GATEWAY_MAIL_ENABLED", "FRAMEWISE_STORAGE_PUBLIC_ENDPOINT");
            }
        }
    }

    @Test
    void minioInitCreatesBothBuckets() {
        String script = String.join("\n", strings(at(service("minio-init"), "command")));

        assertThat(script).contains("mc mb --ignore-existing local/framewise-source")
                .contains("mc mb --ignore-existing local/framewise-render");
        assertThat(strings(at(service("minio-notify"), "profiles"))).containsExactly("minio-notify");
    }

    @Test
    void monitoringUsesTheSharedConfigAndDashboard() {
        assertThat(strings(at(service("prometheus"), "volumes")))
                .contains("./monitoring/prometheus.yml:/etc/prometheus/prometheus.yml:ro");
        var grafanaVolumes = strings(at(service("grafana"), "volumes"));
        assertThat(grafanaVolumes).contains("./monitoring/grafana/provisioning:/etc/grafana/provisioning:ro");
        String mounted = grafanaVolumes.stream().filter(v -> v.startsWith("./monitoring/grafana/framewise-dashboard.json:"))
                .findFirst().orElseThrow().split(":")[1];
        var provider = Yamls.load(Repo.root().resolve("monitoring/grafana/provisioning/dashboards/framewise.yml"));
        assertThat(mounted).startsWith(string(provider, "providers[0].options.path") + "/");
    }

    private static Map<String, Object> service(String name) {
        var service = at(COMPOSE, "services." + name);
        assertThat(service).as("compose service %s", name).isNotNull();
        return Yamls.map(service);
    }

    private static List<String> strings(Object list) {
        return Yamls.list(list).stream().map(Object::toString).toList();
    }

    static boolean onPath(String binary) throws IOException {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, binary))) {
                return true;
            }
        }
        return false;
    }
}
