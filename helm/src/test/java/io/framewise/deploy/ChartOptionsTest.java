package io.framewise.deploy;

import static io.framewise.deploy.Yamls.at;
import static io.framewise.deploy.Yamls.string;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The expected stages, the optional transcode/transcribe services, gateway mail, tracing and the public S3 address. */
class ChartOptionsTest {

    @Test
    void stagesValueReachesSessionSvcAndTranscribeCanBeLeftOut() {
        var manifests = Chart.render("transcribe.enabled=false",
                "session.stages={preview,captures,labels,storyboard,transcode}");

        assertThat(envValue(manifests.container(Component.SESSION), "FRAMEWISE_SESSION_STAGES"))
                .isEqualTo("preview,captures,labels,storyboard,transcode");
        for (String kind : List.of("Deployment", "Service", "PodDisruptionBudget")) {
            assertThat(manifests.find(kind, Chart.name(Component.TRANSCRIBE))).as(kind).isEmpty();
            assertThat(manifests.find(kind, Chart.name(Component.TRANSCODE))).as(kind).isPresent();
        }
        assertThat(Chart.render("keda.enabled=true", "transcode.enabled=false",
                "session.stages={preview,captures,labels,transcribe}").find("ScaledObject", Chart.name(Component.TRANSCODE)))
                .isEmpty();
    }

    @Test
    void aStageWhoseServiceIsSwitchedOffIsRefused() {
        assertThat(Chart.renderError("transcribe.enabled=false"))
                .contains("session.stages lists transcribe, but transcribe.enabled is false");
        assertThat(Chart.renderError("transcode.enabled=false", "session.stages={preview,storyboard}"))
                .contains("session.stages lists storyboard, but transcode.enabled is false");
    }

    @Test
    void schemaRefusesAStageNoServiceReports() {
        assertThat(Chart.renderError("session.stages={preview,thumbnails}")).contains("/session/stages");
    }

    @Test
    void mailSettingsReachTheGatewayOnlyWhenEnabledWithThePasswordFromTheSecret() {
        var manifests = Chart.render("gateway.mail.enabled=true", "gateway.mail.to={ops@example.com,video@example.com}",
                "gateway.mail.onReady=false", "gateway.mail.smtp.host=smtp.example.com", "gateway.mail.smtp.port=465",
                "gateway.mail.smtp.tls=true", "gateway.mail.smtp.username=framewise", "gateway.mail.smtp.password=smtp-pass");

        var gateway = manifests.container(Component.GATEWAY);
        assertThat(envValue(gateway, "FRAMEWISE_GATEWAY_MAIL_ENABLED")).isEqualTo("true");
        assertThat(envValue(gateway, "FRAMEWISE_GATEWAY_MAIL_TO")).isEqualTo("ops@example.com,video@example.com");
        assertThat(envValue(gateway, "FRAMEWISE_GATEWAY_MAIL_ON_READY")).isEqualTo("false");
        assertThat(envValue(gateway, "QUARKUS_MAILER_HOST")).isEqualTo("smtp.example.com");
        assertThat(envValue(gateway, "QUARKUS_MAILER_PORT")).isEqualTo("465");
        assertThat(envValue(gateway, "QUARKUS_MAILER_TLS")).isEqualTo("true");
        assertThat(envValue(gateway, "QUARKUS_MAILER_START_TLS")).isEqualTo("OPTIONAL");
        assertThat(envValue(gateway, "QUARKUS_MAILER_FROM")).isEqualTo("framewise@localhost");
        assertThat(envValue(gateway, "QUARKUS_MAILER_USERNAME")).isEqualTo("framewise");
        var password = Manifests.envVar(gateway, "QUARKUS_MAILER_PASSWORD").orElseThrow();
        assertThat(password).doesNotContainKey("value");
        assertThat(string(password, "valueFrom.secretKeyRef.name")).isEqualTo(Chart.FULLNAME);
        var secret = Yamls.map(manifests.get("Secret", Chart.FULLNAME).get("data"));
        assertThat(decode(secret.get(string(password, "valueFrom.secretKeyRef.key")))).isEqualTo("smtp-pass");
        for (Component other : List.of(Component.STATUS, Component.SESSION, Component.TRANSCODE)) {
            assertThat(Manifests.envVar(manifests.container(other), "QUARKUS_MAILER_HOST")).as(other.service).isEmpty();
        }
    }

    @Test
    void mailPasswordFromAnExistingSecretAndNoneWithoutOne() {
        var manifests = Chart.render("gateway.mail.enabled=true", "gateway.mail.to={ops@example.com}",
                "gateway.mail.smtp.host=smtp.example.com", "gateway.mail.smtp.existingSecret=smtp",
                "gateway.mail.smtp.existingSecretPasswordKey=pw", "storage.existingSecret=s3", "postgresql.existingSecret=pg");

        var password = Manifests.envVar(manifests.container(Component.GATEWAY), "QUARKUS_MAILER_PASSWORD").orElseThrow();
        assertThat(string(password, "valueFrom.secretKeyRef.name")).isEqualTo("smtp");
        assertThat(string(password, "valueFrom.secretKeyRef.key")).isEqualTo("pw");
        assertThat(manifests.find("Secret", Chart.FULLNAME)).as("every credential in an existing Secret").isEmpty();

        var anonymous = Chart.render("gateway.mail.enabled=true", "gateway.mail.to={ops@example.com}",
                "gateway.mail.smtp.host=relay.internal").container(Component.GATEWAY);
        assertThat(Manifests.envVar(anonymous, "QUARKUS_MAILER_PASSWORD")).isEmpty();
        assertThat(Manifests.envVar(anonymous, "QUARKUS_MAILER_USERNAME")).isEmpty();
        assertThat(envValue(anonymous, "QUARKUS_MAILER_HOST")).isEqualTo("relay.internal");
    }

    @Test
    void mailWithoutRecipientsOrServerIsRefused() {
        assertThat(Chart.renderError("gateway.mail.enabled=true", "gateway.mail.smtp.host=smtp.example.com"))
                .contains("gateway.mail.enabled needs gateway.mail.to");
        assertThat(Chart.renderError("gateway.mail.enabled=true", "gateway.mail.to={ops@example.com}"))
                .contains("gateway.mail.smtp.host");
        assertThat(Chart.renderError("gateway.mail.to={not-an-address}")).contains("/gateway/mail/to");
    }

    @Test
    void tracingEndpointReachesEveryServiceThroughTheConfigMap() {
        var manifests = Chart.render("tracing.endpoint=http://otel-collector.observability:4318");

        assertThat(Yamls.map(manifests.get("ConfigMap", Chart.FULLNAME).get("data")))
                .containsEntry("FRAMEWISE_TRACING_ENDPOINT", "http://otel-collector.observability:4318");
        for (Component component : Component.values()) {
            assertThat(string(manifests.container(component), "envFrom[0].configMapRef.name")).as(component.service)
                    .isEqualTo(Chart.FULLNAME);
        }
        assertThat(Chart.renderError("tracing.endpoint=otel:4318")).contains("/tracing/endpoint");
    }

    @Test
    void publicStorageEndpointSignsTheGatewaysLinksOnly() {
        var manifests = Chart.render("storage.publicEndpoint=https://s3.example.com");

        assertThat(envValue(manifests.container(Component.GATEWAY), "FRAMEWISE_STORAGE_PUBLIC_ENDPOINT"))
                .isEqualTo("https://s3.example.com");
        assertThat(Manifests.envVar(manifests.container(Component.STATUS), "FRAMEWISE_STORAGE_PUBLIC_ENDPOINT")).isEmpty();
        assertThat(Yamls.map(manifests.get("ConfigMap", Chart.FULLNAME).get("data")))
                .containsEntry("FRAMEWISE_STORAGE_ENDPOINT", "http://minio:9000");
    }

    @Test
    void aServicesOwnScratchLimitWinsOverTheSharedOne() {
        var manifests = Chart.render("tmpVolume.sizeLimit=1Gi", "transcribe.tmpVolume.sizeLimit=3Gi");

        assertThat(tmpVolume(manifests, Component.TRANSCODE)).isEqualTo(Map.of("sizeLimit", "6Gi"));
        assertThat(tmpVolume(manifests, Component.TRANSCRIBE)).isEqualTo(Map.of("sizeLimit", "3Gi"));
        assertThat(tmpVolume(manifests, Component.GATEWAY)).isEqualTo(Map.of("sizeLimit", "1Gi"));
        assertThat(tmpVolume(Chart.render("tmpVolume.sizeLimit=1Gi", "transcode.tmpVolume.sizeLimit="), Component.TRANSCODE))
                .as("empty falls back to the shared limit").isEqualTo(Map.of("sizeLimit", "1Gi"));
        assertThat(tmpVolume(Chart.render("tmpVolume.sizeLimit="), Component.GATEWAY)).as("no limit at all")
                .isEqualTo(Map.of());
    }

    private static Object tmpVolume(Manifests manifests, Component component) {
        var deployment = manifests.get("Deployment", Chart.name(component));
        assertThat(string(deployment, "spec.template.spec.volumes[0].name")).isEqualTo("tmp");
        return at(deployment, "spec.template.spec.volumes[0].emptyDir");
    }

    private static String envValue(Map<String, Object> container, String name) {
        return Manifests.envVar(container, name).map(e -> String.valueOf(e.get("value")))
                .orElseThrow(() -> new AssertionError("no env " + name + " in " + Manifests.env(container)));
    }

    private static String decode(Object base64) {
        return new String(Base64.getDecoder().decode(base64.toString()));
    }
}
