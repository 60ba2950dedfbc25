package io.framewise.deploy;

import static io.framewise.deploy.Yamls.at;
import static io.framewise.deploy.Yamls.string;
import static org.assertj.core.api.Assertions.assertThat;

import io.framewise.events.Topics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * docker-compose.yml: valid for docker-compose with the secrets {@code ./framewise compose-env} writes and refused
 * without them (no default passwords), published on loopback only, and every service is health-checked (on its
 * management port), restarted and configured, with MinIO's bucket-scoped user rather than its root.
 */
class ComposeFileTest {

    private static final Map<String, Object> COMPOSE = Yamls.load(Repo.compose());
    private static final Pattern REQUIRED = Pattern.compile("\\$\\{(\\w+):\\?[^}]*}");

    @TempDir
    static Path work;

    @ParameterizedTest
    @ValueSource(strings = {"", "minio-notify"})
    void dockerComposeConfigAcceptsItWithTheGeneratedSecrets(String profile) throws Exception {
        assumeComposeCanCheck();
        var result = dockerComposeConfig(profile, composeEnv("accept-" + profile));

        assertThat(result.exitCode()).as("docker-compose config -q: %s", result.output()).isZero();
    }

    @Test
    void dockerComposeRefusesToStartWithoutTheSecrets() throws Exception {
        assumeComposeCanCheck();
        var result = dockerComposeConfig("", Files.writeString(work.resolve("empty.env"), ""));

        assertThat(result.exitCode()).as("no default passwords: %s", result.output()).isNotZero();
        assertThat(result.output()).contains("run ./framewise compose-env");
    }

    @Test
    void composeEnvWritesEverySecretTheFileRequiresRandomAndPrivate() throws Exception {
        Path first = composeEnv("first");
        Path second = composeEnv("second");
        var required = REQUIRED.matcher(Files.readString(Repo.compose())).results().map(m -> m.group(1))
                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
        var values = envFile(first);

        assertThat(required).contains("FRAMEWISE_POSTGRES_PASSWORD", "FRAMEWISE_MINIO_ROOT_PASSWORD", "FRAMEWISE_S3_SECRET_KEY",
                "FRAMEWISE_GRAFANA_PASSWORD", "FRAMEWISE_API_KEY");
        assertThat(values.keySet()).containsAll(required);
        for (String secret : List.of("FRAMEWISE_POSTGRES_PASSWORD", "FRAMEWISE_MINIO_ROOT_PASSWORD", "FRAMEWISE_S3_SECRET_KEY",
                "FRAMEWISE_GRAFANA_PASSWORD", "FRAMEWISE_API_KEY")) {
            assertThat(values.get(secret)).as(secret).matches("[0-9a-f]{24,}").isNotEqualTo(envFile(second).get(secret));
        }
        assertThat(values.get("FRAMEWISE_S3_ACCESS_KEY")).as("the services' MinIO user is not the administrator")
                .isNotEqualTo(values.get("FRAMEWISE_MINIO_ROOT_USER"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(first))).isEqualTo("rw-------");
        String before = Files.readString(first);
        composeEnv("first");
        assertThat(Files.readString(first)).as("an existing file is kept").isEqualTo(before);
    }

    @Test
    void noPasswordHasADefault() {
        // An empty default is no password: it leaves an optional credential unset (SMTP, with mail off).
        var defaulted = Pattern.compile("\\$\\{(\\w+):-([^}]+)}").matcher(readCompose()).results().map(m -> m.group(1))
                .filter(name -> name.matches(".*(PASSWORD|SECRET|_KEY|_USER).*")).toList();

        assertThat(defaulted).as("credentials with a default value").isEmpty();
    }

    @Test
    void everyPublishedPortIsOnLoopbackUnlessTheGatewaysAddressIsChosen() {
        Yamls.map(COMPOSE.get("services")).forEach((name, definition) -> {
            Object ports = Yamls.map(definition).get("ports");
            if (ports != null) {
                for (String port : strings(ports)) {
                    assertThat(port).as(name).matches("(127\\.0\\.0\\.1|\\$\\{FRAMEWISE_PUBLISH_ADDRESS:-127\\.0\\.0\\.1}):.*");
                }
            }
        });
        assertThat(strings(service(Component.GATEWAY.service).get("ports")))
                .containsExactly("${FRAMEWISE_PUBLISH_ADDRESS:-127.0.0.1}:${FRAMEWISE_HTTP_PORT:-8080}:8080");
    }

    @Test
    void grafanaWantsALoginAndTheGatewayItsKeys() {
        var grafana = Yamls.map(service("grafana").get("environment"));
        assertThat(grafana).containsEntry("GF_AUTH_ANONYMOUS_ENABLED", "false").containsEntry("GF_USERS_ALLOW_SIGN_UP", "false");
        assertThat(grafana.get("GF_SECURITY_ADMIN_PASSWORD").toString()).startsWith("${FRAMEWISE_GRAFANA_PASSWORD:?");
        assertThat(string(service(Component.GATEWAY.service), "environment.FRAMEWISE_GATEWAY_AUTH_API_KEYS"))
                .startsWith("${FRAMEWISE_API_KEY:?");
    }

    @Test
    void servicesUseABucketScopedMinioUserNotTheRoot() throws Exception {
        var minio = Yamls.map(service("minio").get("environment"));
        String root = minio.get("MINIO_ROOT_USER").toString();
        for (Component component : Component.values()) {
            var environment = Yamls.map(service(component.service).get("environment"));
            assertThat(environment.get("FRAMEWISE_STORAGE_ACCESS_KEY").toString()).as(component.service)
                    .startsWith("${FRAMEWISE_S3_ACCESS_KEY:?").isNotEqualTo(root);
        }
        var init = service("minio-init");
        assertThat(string(init, "environment.SERVICE_ACCESS_KEY")).startsWith("${FRAMEWISE_S3_ACCESS_KEY:?");
        String script = String.join("\n", strings(at(init, "command")));
        assertThat(script).contains("mc admin user add local \"$$SERVICE_ACCESS_KEY\" \"$$SERVICE_SECRET_KEY\"")
                .contains("mc admin policy attach local framewise-buckets --user \"$$SERVICE_ACCESS_KEY\"");
        // The policy: object and listing rights on the two buckets, nothing else.
        String json = script.substring(script.indexOf("printf '%s' '") + "printf '%s' '".length(), script.indexOf("' > /tmp/"));
        var policy = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
        var resources = new java.util.TreeSet<String>();
        var actions = new java.util.TreeSet<String>();
        for (var statement : policy.path("Statement")) {
            assertThat(statement.path("Effect").asText()).isEqualTo("Allow");
            statement.path("Resource").forEach(r -> resources.add(r.asText()));
            statement.path("Action").forEach(a -> actions.add(a.asText()));
        }
        assertThat(resources).containsExactly("arn:aws:s3:::framewise-render", "arn:aws:s3:::framewise-render/*",
                "arn:aws:s3:::framewise-source", "arn:aws:s3:::framewise-source/*");
        assertThat(actions).allMatch(a -> a.startsWith("s3:") && !a.contains("*")).contains("s3:GetObject", "s3:PutObject",
                "s3:DeleteObject", "s3:ListBucket").noneMatch(a -> a.contains("Policy") || a.contains("CreateBucket"));
    }

    @ParameterizedTest
    @EnumSource(Component.class)
    void everyServiceIsBuiltHealthCheckedRestartedAndConfigured(Component component) {
        var service = service(component.service);

        assertThat(service.get("restart")).isEqualTo("unless-stopped");
        assertThat(String.join(" ", strings(at(service, "healthcheck.test"))))
                .contains("http://localhost:" + component.managementPort + "/q/health/ready");
        assertThat(string(service, "build.context")).isEqualTo("./" + component.service);
        assertThat(string(service, "build.dockerfile")).isEqualTo("src/main/docker/Dockerfile.jvm");
        assertThat(string(service, "depends_on.kafka-init.condition")).isEqualTo("service_completed_successfully");
        assertThat(string(service, "depends_on.minio-init.condition")).isEqualTo("service_completed_successfully");
        var environment = Yamls.map(service.get("environment"));
        assertThat(environment).containsKeys("KAFKA_BOOTSTRAP_SERVERS", "FRAMEWISE_STORAGE_ENDPOINT",
                "FRAMEWISE_STORAGE_ACCESS_KEY", "FRAMEWISE_STORAGE_SECRET_KEY", "FRAMEWISE_STORAGE_SOURCE_BUCKET",
                "FRAMEWISE_STORAGE_RENDER_BUCKET");
        if (component.usesDatabase()) {
            assertThat(environment).containsKeys("QUARKUS_DATASOURCE_JDBC_URL", "QUARKUS_DATASOURCE_USERNAME",
                    "QUARKUS_DATASOURCE_PASSWORD");
            // Only status-svc runs Hibernate Reactive; gateway-svc's blocking ORM would just warn about the URL.
            assertThat(environment.containsKey("QUARKUS_DATASOURCE_REACTIVE_URL"))
                    .as(component.service + " gets the reactive client's URL").isEqualTo(component == Component.STATUS);
            assertThat(string(service, "depends_on.postgres.condition")).isEqualTo("service_healthy");
        }
    }

    @Test
    void gatewayIsPublishedAndFindsStatusService() {
        var gateway = service(Component.GATEWAY.service);

        assertThat(string(gateway, "environment.QUARKUS_REST_CLIENT_STATUS_URL")).isEqualTo("http://status-svc:8085");
        assertThat(strings(gateway.get("ports"))).hasSize(1);
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

    private record Result(int exitCode, String output) {
    }

    private static void assumeComposeCanCheck() throws IOException {
        Assumptions.assumeTrue(onPath("docker-compose"),
                "docker-compose is not installed (apt-get install docker-compose); skipping its config check");
        // docker-compose config refuses a build context that does not exist.
        for (Component component : Component.values()) {
            Assumptions.assumeTrue(component.moduleMerged(), component.service + "/ is not in this checkout yet (merge its branch)");
        }
    }

    /** docker-compose config -q with only this env file's variables (none of this JVM's FRAMEWISE_* ones). */
    private static Result dockerComposeConfig(String profile, Path envFile) throws Exception {
        var command = new java.util.ArrayList<>(List.of("docker-compose", "-f", Repo.compose().toString(),
                "--env-file", envFile.toString()));
        if (!profile.isEmpty()) {
            command.addAll(List.of("--profile", profile));
        }
        command.addAll(List.of("config", "-q"));
        var builder = new ProcessBuilder(command).directory(Repo.root().toFile()).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("FRAMEWISE_"));
        Process process = builder.start();
        boolean finished = process.waitFor(2, TimeUnit.MINUTES);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(finished).as("docker-compose config finished").isTrue();
        return new Result(process.exitValue(), output);
    }

    /** Runs {@code ./framewise compose-env FILE} (plain bash: it needs no JDK) and returns the file. */
    private static Path composeEnv(String name) throws Exception {
        Path file = work.resolve(name + ".env");
        Process process = new ProcessBuilder("bash", Repo.root().resolve("framewise").toString(), "compose-env",
                file.toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(1, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return file;
    }

    private static Map<String, String> envFile(Path file) throws IOException {
        var values = new java.util.LinkedHashMap<String, String>();
        for (String line : Files.readAllLines(file)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                values.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1));
            }
        }
        return values;
    }

    private static String readCompose() {
        try {
            return Files.readString(Repo.compose());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
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
