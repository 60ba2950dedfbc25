package io.framewise.deploy;

import static io.framewise.deploy.Yamls.at;
import static io.framewise.deploy.Yamls.string;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The chart rendered with its own values.yaml and nothing else. */
class ChartDefaultsTest {

    private static final Manifests DEFAULTS = Chart.render();

    @Test
    void oneDeploymentServiceManagementServiceAndDisruptionBudgetPerService() {
        var expected = Arrays.stream(Component.values()).map(Chart::name).toList();

        for (String kind : new String[] {"Deployment", "PodDisruptionBudget"}) {
            assertThat(DEFAULTS.ofKind(kind)).extracting(o -> string(o, "metadata.name"))
                    .as(kind).containsExactlyInAnyOrderElementsOf(expected);
        }
        assertThat(DEFAULTS.ofKind("NetworkPolicy")).extracting(o -> string(o, "metadata.name"))
                .containsAll(expected).contains(Chart.name("helm-test"));
        var services = new java.util.ArrayList<>(expected);
        expected.forEach(name -> services.add(name + "-mgmt"));
        assertThat(DEFAULTS.ofKind("Service")).extracting(o -> string(o, "metadata.name"))
                .containsExactlyInAnyOrderElementsOf(services);
    }

    @ParameterizedTest
    @EnumSource(Component.class)
    void managementEndpointsHaveAPortAndAServiceOfTheirOwn(Component component) throws Exception {
        var container = DEFAULTS.container(component);
        var service = DEFAULTS.get("Service", Chart.name(component));
        var management = DEFAULTS.get("Service", Chart.name(component) + "-mgmt");

        assertThat(Yamls.list(at(container, "ports"))).extracting(p -> string(p, "name") + ":" + string(p, "containerPort"))
                .containsExactly("http:" + component.port, "management:" + component.managementPort);
        assertThat(Manifests.envVar(container, "QUARKUS_MANAGEMENT_PORT")).get()
                .extracting(e -> e.get("value")).isEqualTo(String.valueOf(component.managementPort));
        assertThat(Yamls.list(at(service, "spec.ports"))).as("the service's own Service, which an Ingress may expose")
                .extracting(p -> string(p, "name")).containsExactly("http");
        assertThat(string(management, "spec.type")).isEqualTo("ClusterIP");
        assertThat(Yamls.list(at(management, "spec.ports"))).extracting(p -> string(p, "targetPort") + ":" + string(p, "port"))
                .containsExactly("management:" + component.managementPort);
        var annotations = Yamls.map(at(DEFAULTS.get("Deployment", Chart.name(component)), "spec.template.metadata.annotations"));
        assertThat(annotations).containsEntry("prometheus.io/port", String.valueOf(component.managementPort))
                .containsEntry("prometheus.io/path", "/q/metrics");
        if (component.moduleMerged()) {
            var properties = new java.util.Properties();
            try (var reader = Files.newBufferedReader(Repo.root().resolve(component.service
                    + "/src/main/resources/application.properties"))) {
                properties.load(reader);
            }
            assertThat(properties.getProperty("quarkus.management.port")).as("the service's own setting")
                    .isEqualTo(String.valueOf(component.managementPort));
        }
    }

    @ParameterizedTest
    @EnumSource(Component.class)
    void everyDeploymentHasHealthProbesAndBoundedResources(Component component) {
        var container = DEFAULTS.container(component);

        assertThat(string(container, "livenessProbe.httpGet.path")).isEqualTo("/q/health/live");
        assertThat(string(container, "readinessProbe.httpGet.path")).isEqualTo("/q/health/ready");
        assertThat(string(container, "startupProbe.httpGet.path")).isEqualTo("/q/health/live");
        for (String probe : new String[] {"livenessProbe", "readinessProbe", "startupProbe"}) {
            assertThat(string(container, probe + ".httpGet.port")).as(probe).isEqualTo("management");
        }
        for (String bound : new String[] {"requests", "limits"}) {
            assertThat(at(container, "resources." + bound + ".cpu")).as(bound + " cpu").isNotNull();
            assertThat(at(container, "resources." + bound + ".memory")).as(bound + " memory").isNotNull();
        }
    }

    @ParameterizedTest
    @EnumSource(Component.class)
    void everyDeploymentRunsItsImageOnItsPortAsNonRoot(Component component) {
        var deployment = DEFAULTS.get("Deployment", Chart.name(component));
        var container = DEFAULTS.container(component);

        assertThat(at(deployment, "spec.replicas")).isEqualTo(1);
        assertThat(container.get("image")).isEqualTo("docker.io/framewise/" + component.service + ":0.1.0");
        assertThat(at(container, "ports[0].containerPort")).isEqualTo(component.port);
        assertThat(Manifests.envVar(container, "QUARKUS_HTTP_PORT")).get()
                .extracting(e -> e.get("value")).isEqualTo(String.valueOf(component.port));
        assertThat(at(deployment, "spec.template.spec.securityContext.runAsNonRoot")).isEqualTo(true);
        assertThat(at(container, "securityContext.readOnlyRootFilesystem")).isEqualTo(true);
        assertThat(string(container, "volumeMounts[0].mountPath")).isEqualTo("/tmp");
        assertThat(at(deployment, "spec.template.spec.volumes[0].emptyDir")).as("/tmp")
                .isEqualTo(Map.of("sizeLimit", component == Component.TRANSCODE ? "6Gi" : "3Gi"));
        assertThat(string(DEFAULTS.get("Service", Chart.name(component)), "spec.ports[0].targetPort")).isEqualTo("http");
    }

    @ParameterizedTest
    @EnumSource(Component.class)
    void settingsComeFromTheConfigMapAndCredentialsFromTheSecret(Component component) {
        var container = DEFAULTS.container(component);
        var withKeys = Chart.render("storage.accessKey=ak", "storage.secretKey=sk").container(component);

        assertThat(string(container, "envFrom[0].configMapRef.name")).isEqualTo(Chart.FULLNAME);
        assertThat(Manifests.env(container)).as("no S3 keys: the SDK's default credential chain")
                .noneMatch(e -> e.get("name").toString().startsWith("FRAMEWISE_STORAGE_"));
        assertThat(Manifests.envVar(withKeys, "FRAMEWISE_STORAGE_SECRET_KEY")).get()
                .extracting(e -> string(e, "valueFrom.secretKeyRef.key")).isEqualTo("storage-secret-key");
        assertThat(Manifests.envVar(container, "QUARKUS_DATASOURCE_PASSWORD").isPresent())
                .as("PostgreSQL settings").isEqualTo(component.usesDatabase());
    }

    @Test
    void configMapAndSecretHoldWhatTheServicesRead() {
        var config = DEFAULTS.get("ConfigMap", Chart.FULLNAME);
        var secret = DEFAULTS.get("Secret", Chart.FULLNAME);

        assertThat(Yamls.map(config.get("data"))).containsEntry("KAFKA_BOOTSTRAP_SERVERS", "kafka:9092")
                .containsEntry("KAFKA_SECURITY_PROTOCOL", "PLAINTEXT")
                .containsEntry("FRAMEWISE_STORAGE_ENDPOINT", "http://minio:9000")
                .containsEntry("FRAMEWISE_STORAGE_SOURCE_BUCKET", "framewise-source")
                .containsEntry("FRAMEWISE_STORAGE_RENDER_BUCKET", "framewise-render");
        assertThat(Yamls.map(secret.get("data"))).containsOnlyKeys("postgresql-password");
        assertThat(Yamls.map(Chart.render("storage.accessKey=ak", "storage.secretKey=sk").get("Secret", Chart.FULLNAME)
                .get("data"))).containsOnlyKeys("storage-access-key", "storage-secret-key", "postgresql-password");
    }

    @Test
    void gatewayFindsStatusServiceThroughItsService() {
        var container = DEFAULTS.container(Component.GATEWAY);

        assertThat(Manifests.envVar(container, "QUARKUS_REST_CLIENT_STATUS_URL")).get()
                .extracting(e -> e.get("value")).isEqualTo("http://fw-framewise-status-svc:8085");
        assertThat(Manifests.envVar(container, "QUARKUS_DATASOURCE_JDBC_URL")).get()
                .extracting(e -> e.get("value")).isEqualTo("jdbc:postgresql://postgresql:5432/framewise");
        // Blocking Hibernate ORM: the reactive client's URL goes to status-svc only.
        assertThat(Manifests.envVar(container, "QUARKUS_DATASOURCE_REACTIVE_URL")).isEmpty();
        assertThat(Manifests.envVar(DEFAULTS.container(Component.STATUS), "QUARKUS_DATASOURCE_REACTIVE_URL")).get()
                .extracting(e -> e.get("value")).isEqualTo("postgresql://postgresql:5432/framewise");
    }

    @Test
    void newWorkersGetTheirResources() {
        assertThat(resources(Component.TRANSCODE)).isEqualTo("requests 1/768Mi, limits 2/1536Mi");
        assertThat(resources(Component.TRANSCRIBE)).isEqualTo("requests 1/1Gi, limits 2/2Gi");
        assertThat(resources(Component.LABEL)).as("faces and the people gallery").startsWith("requests 500m/1Gi");
    }

    @Test
    void sessionSvcExpectsEveryStageByDefault() {
        assertThat(Manifests.envVar(DEFAULTS.container(Component.SESSION), "FRAMEWISE_SESSION_STAGES")).get()
                .extracting(e -> e.get("value")).isEqualTo("preview,captures,labels,storyboard,transcode,transcribe");
    }

    @Test
    void mailTracingAndPublicEndpointAreOffByDefault() {
        var gatewayEnv = Manifests.env(DEFAULTS.container(Component.GATEWAY)).stream().map(e -> e.get("name").toString());
        assertThat(gatewayEnv).noneMatch(n -> n.startsWith("FRAMEWISE_GATEWAY_MAIL_") || n.startsWith("QUARKUS_MAILER_")
                || n.equals("FRAMEWISE_STORAGE_PUBLIC_ENDPOINT"));
        assertThat(Yamls.map(DEFAULTS.get("ConfigMap", Chart.FULLNAME).get("data")))
                .doesNotContainKey("FRAMEWISE_TRACING_ENDPOINT");
    }

    @Test
    void optionalObjectsAreLeftOutByDefault() {
        for (String kind : new String[] {"HorizontalPodAutoscaler", "ScaledObject", "ServiceMonitor", "Ingress", "Job"}) {
            assertThat(DEFAULTS.ofKind(kind)).as(kind).isEmpty();
        }
    }

    private static String resources(Component component) {
        var r = Yamls.map(DEFAULTS.container(component).get("resources"));
        return "requests " + string(r, "requests.cpu") + "/" + string(r, "requests.memory")
                + ", limits " + string(r, "limits.cpu") + "/" + string(r, "limits.memory");
    }

    @Test
    void grafanaDashboardIsAConfigMapForTheSidecar() throws Exception {
        var dashboard = DEFAULTS.get("ConfigMap", Chart.FULLNAME + "-dashboard");

        assertThat(string(dashboard, "metadata.labels.grafana_dashboard")).isEqualTo("1");
        assertThat(Yamls.map(dashboard.get("data")).get("framewise-dashboard.json"))
                .isEqualTo(Files.readString(Repo.dashboard()).stripTrailing());
    }
}
