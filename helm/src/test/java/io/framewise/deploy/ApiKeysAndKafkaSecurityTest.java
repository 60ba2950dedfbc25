package io.framewise.deploy;

import static io.framewise.deploy.Yamls.at;
import static io.framewise.deploy.Yamls.string;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import org.junit.jupiter.api.Test;

/** The gateway's API keys (generated or from a Secret of yours) and Kafka's SASL/TLS settings reach the services. */
class ApiKeysAndKafkaSecurityTest {

    private static final String KEYS_SECRET = Chart.FULLNAME + "-gateway-api-keys";

    @Test
    void anApiKeyIsGeneratedIntoASecretTheGatewayReads() {
        var manifests = Chart.render();
        var secret = manifests.get("Secret", KEYS_SECRET);
        String key = new String(Base64.getDecoder().decode(string(secret, "data.api-keys")));

        assertThat(key).matches("[A-Za-z0-9]{40}");
        assertThat(new String(Base64.getDecoder().decode(string(Chart.render().get("Secret", KEYS_SECRET), "data.api-keys"))))
                .as("random, not a default").isNotEqualTo(key);
        var env = Manifests.envVar(manifests.container(Component.GATEWAY), "FRAMEWISE_GATEWAY_AUTH_API_KEYS").orElseThrow();
        assertThat(string(env, "valueFrom.secretKeyRef.name")).isEqualTo(KEYS_SECRET);
        assertThat(string(env, "valueFrom.secretKeyRef.key")).isEqualTo("api-keys");
        for (Component other : Component.values()) {
            if (other != Component.GATEWAY) {
                assertThat(Manifests.envVar(manifests.container(other), "FRAMEWISE_GATEWAY_AUTH_API_KEYS")).as(other.service).isEmpty();
            }
        }
    }

    @Test
    void keysFromAnExistingSecretAreNotGenerated() {
        var manifests = Chart.render("gateway.apiKeys.existingSecret=my-keys", "gateway.apiKeys.existingSecretKey=keys");

        assertThat(manifests.find("Secret", KEYS_SECRET)).isEmpty();
        var env = Manifests.envVar(manifests.container(Component.GATEWAY), "FRAMEWISE_GATEWAY_AUTH_API_KEYS").orElseThrow();
        assertThat(string(env, "valueFrom.secretKeyRef.name")).isEqualTo("my-keys");
        assertThat(string(env, "valueFrom.secretKeyRef.key")).isEqualTo("keys");
    }

    @Test
    void readOnlyKeysComeFromASecretAndReadsStayClosedUnlessOpened() {
        var defaults = Chart.render().container(Component.GATEWAY);
        assertThat(Manifests.envVar(defaults, "FRAMEWISE_GATEWAY_AUTH_READ_KEYS")).isEmpty();
        assertThat(Manifests.envVar(defaults, "FRAMEWISE_GATEWAY_AUTH_OPEN_READS")).isEmpty();

        var gateway = Chart.render("gateway.readKeys.existingSecret=viewers", "gateway.openReads=true")
                .container(Component.GATEWAY);
        var readKeys = Manifests.envVar(gateway, "FRAMEWISE_GATEWAY_AUTH_READ_KEYS").orElseThrow();
        assertThat(string(readKeys, "valueFrom.secretKeyRef.name")).isEqualTo("viewers");
        assertThat(string(readKeys, "valueFrom.secretKeyRef.key")).isEqualTo("read-keys");
        assertThat(Manifests.envVar(gateway, "FRAMEWISE_GATEWAY_AUTH_OPEN_READS")).get()
                .extracting(e -> e.get("value")).isEqualTo("true");
    }

    @Test
    void saslAndTlsSettingsReachEveryService() {
        var manifests = Chart.render("kafka.securityProtocol=SASL_SSL", "kafka.sasl.username=framewise",
                "kafka.sasl.password=kafka-pass", "kafka.tls.caSecret=kafka-ca", "kafka.tls.caSecretKey=ca.pem");

        var config = Yamls.map(manifests.get("ConfigMap", Chart.FULLNAME).get("data"));
        assertThat(config).containsEntry("KAFKA_SECURITY_PROTOCOL", "SASL_SSL").containsEntry("KAFKA_SASL_MECHANISM", "PLAIN")
                .containsEntry("KAFKA_SSL_TRUSTSTORE_TYPE", "PEM")
                .containsEntry("KAFKA_SSL_TRUSTSTORE_LOCATION", "/etc/framewise/kafka-ca/ca.pem");
        var secret = Yamls.map(manifests.get("Secret", Chart.FULLNAME).get("data"));
        assertThat(new String(Base64.getDecoder().decode(secret.get("kafka-sasl-password").toString()))).isEqualTo("kafka-pass");
        for (Component component : Component.values()) {
            var container = manifests.container(component);
            var password = Manifests.envVar(container, "FRAMEWISE_KAFKA_SASL_PASSWORD").orElseThrow();
            assertThat(string(password, "valueFrom.secretKeyRef.name")).isEqualTo(Chart.FULLNAME);
            var names = Manifests.env(container).stream().map(e -> e.get("name").toString()).toList();
            assertThat(names.indexOf("FRAMEWISE_KAFKA_SASL_PASSWORD")).as("defined before the line that refers to it")
                    .isLessThan(names.indexOf("KAFKA_SASL_JAAS_CONFIG"));
            assertThat(Manifests.envVar(container, "KAFKA_SASL_JAAS_CONFIG")).get().extracting(e -> e.get("value"))
                    .isEqualTo("org.apache.kafka.common.security.plain.PlainLoginModule required username=\"framewise\""
                            + " password=\"$(FRAMEWISE_KAFKA_SASL_PASSWORD)\";");
            assertThat(string(container, "envFrom[0].configMapRef.name")).isEqualTo(Chart.FULLNAME);
            var deployment = manifests.get("Deployment", Chart.name(component));
            assertThat(Yamls.list(at(deployment, "spec.template.spec.volumes"))).anySatisfy(volume ->
                    assertThat(string(volume, "secret.secretName")).isEqualTo("kafka-ca"));
            assertThat(Yamls.list(container.get("volumeMounts"))).anySatisfy(mount ->
                    assertThat(string(mount, "mountPath")).isEqualTo("/etc/framewise/kafka-ca"));
        }
    }

    @Test
    void plaintextKafkaGetsNoSecuritySettingsAndSaslWithoutAPasswordIsRefused() {
        var container = Chart.render().container(Component.LABEL);
        assertThat(Manifests.env(container)).noneMatch(e -> e.get("name").toString().contains("SASL"));

        assertThat(Chart.renderError("kafka.securityProtocol=SASL_PLAINTEXT", "kafka.sasl.username=u"))
                .contains("kafka.sasl.password or kafka.sasl.existingSecret");
        assertThat(Chart.renderError("kafka.securityProtocol=SASL_PLAINTEXT", "kafka.sasl.password=p"))
                .contains("kafka.sasl.username");
        assertThat(Chart.renderError("kafka.securityProtocol=SASL")).contains("/kafka/securityProtocol");
    }

    @Test
    void aGlobalRegistryMirrorsEveryImage() {
        var manifests = Chart.renderWithHooks("global.imageRegistry=mirror.example.com");

        for (var pod : PodSpecs.of(manifests).all()) {
            assertThat(pod.containers()).allSatisfy(c -> assertThat(c.get("image").toString()).as(pod.owner())
                    .startsWith("mirror.example.com/"));
        }
        assertThat(manifests.container(Component.GIF).get("image")).isEqualTo("mirror.example.com/framewise/gif-svc:0.1.0");
        assertThat(string(manifests.get("Job", Chart.name("kafka-topics")), "spec.template.spec.containers[0].image"))
                .isEqualTo("mirror.example.com/apache/kafka:4.2.1");
    }
}
