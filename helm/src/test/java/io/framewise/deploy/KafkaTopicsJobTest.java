package io.framewise.deploy;

import static io.framewise.deploy.Yamls.at;
import static io.framewise.deploy.Yamls.string;
import static org.assertj.core.api.Assertions.assertThat;

import io.framewise.events.Topics;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The hook Job creates every topic of the event contract (events/, not a copy) with the configured partitions. */
class KafkaTopicsJobTest {

    private static final String JOB = Chart.name("kafka-topics");

    @Test
    void createsEveryTopicOfTheEventContract() {
        var container = jobContainer(Chart.renderWithHooks());

        assertThat(topicArguments(container)).containsExactlyInAnyOrderElementsOf(Topics.allWithDeadLetters());
        assertThat(env(container, "PARTITIONS")).isEqualTo("12");
        assertThat(env(container, "BOOTSTRAP_SERVERS")).isEqualTo("kafka:9092");
        assertThat(string(container, "image")).isEqualTo("docker.io/apache/kafka:4.2.1");
        assertThat(string(container, "args[0]")).contains("kafka-topics.sh").contains("--if-not-exists")
                .contains("--alter");
    }

    @Test
    void createsThePeopleGalleryCompactedInOnePartitionAndNeverRaisesIt() {
        var container = jobContainer(Chart.renderWithHooks());
        String script = string(container, "args[0]");

        assertThat(env(container, "COMPACTED_TOPICS").split(" ")).containsExactly(Topics.PEOPLE);
        assertThat(env(container, "COMPACTED_PARTITIONS")).isEqualTo("1");
        assertThat(topicArguments(container)).as("the loop that raises partitions").doesNotContain(Topics.PEOPLE);
        String compactedLoop = script.substring(script.indexOf("for topic in $COMPACTED_TOPICS"));
        assertThat(compactedLoop).contains("--create --if-not-exists").contains("--partitions \"$COMPACTED_PARTITIONS\"")
                .contains("--config cleanup.policy=compact")
                .as("an existing, auto-created people topic is switched to compaction too")
                .contains("kafka-configs.sh").contains("--entity-name \"$topic\" --add-config cleanup.policy=compact")
                .doesNotContain("--alter --topic");
    }

    @Test
    void partitionsAndBrokersFollowValues() {
        var container = jobContainer(Chart.renderWithHooks("kafka.provisioning.partitions=24",
                "kafka.provisioning.replicationFactor=3", "kafka.bootstrapServers=kafka-0:9092,kafka-1:9092"));

        assertThat(env(container, "PARTITIONS")).isEqualTo("24");
        assertThat(env(container, "REPLICATION_FACTOR")).isEqualTo("3");
        assertThat(env(container, "BOOTSTRAP_SERVERS")).isEqualTo("kafka-0:9092,kafka-1:9092");
    }

    @Test
    void runsBeforeInstallAndUpgradeAsANumericNonRootUser() {
        // The services must start with their topics there: before install and upgrade, not after.
        assertThat(Chart.hookAnnotations(Chart.TOPICS_JOB)).contains("helm.sh/hook: pre-install,pre-upgrade")
                .doesNotContain("helm.sh/hook: post-install,post-upgrade");
        var pod = Yamls.map(at(Chart.renderWithHooks().get("Job", JOB), "spec.template.spec"));

        assertThat(at(pod, "securityContext.runAsNonRoot")).isEqualTo(true);
        assertThat(at(pod, "securityContext.runAsUser")).as("apache/kafka's appuser, by number").isEqualTo(1000);
        assertThat(at(pod, "securityContext.runAsGroup")).isEqualTo(1000);
    }

    @Test
    void speaksSaslWithThePasswordFromAHookSecretOfItsOwn() {
        var manifests = Chart.renderWithHooks("kafka.securityProtocol=SASL_SSL", "kafka.sasl.mechanism=SCRAM-SHA-512",
                "kafka.sasl.username=framewise", "kafka.sasl.password=kafka-pass", "kafka.tls.caSecret=kafka-ca");
        var container = jobContainer(manifests);

        assertThat(env(container, "KAFKA_SECURITY_PROTOCOL")).isEqualTo("SASL_SSL");
        assertThat(env(container, "KAFKA_SASL_MECHANISM")).isEqualTo("SCRAM-SHA-512");
        assertThat(env(container, "KAFKA_SASL_JAAS_CONFIG")).isEqualTo("org.apache.kafka.common.security.scram.ScramLoginModule"
                + " required username=\"framewise\" password=\"$(FRAMEWISE_KAFKA_SASL_PASSWORD)\";");
        var password = Manifests.envVar(container, "FRAMEWISE_KAFKA_SASL_PASSWORD").orElseThrow();
        // A pre-install hook runs before the chart's Secret exists: the Job reads a hook Secret made just before it.
        assertThat(string(password, "valueFrom.secretKeyRef.name")).isEqualTo(JOB);
        var secret = Yamls.map(manifests.get("Secret", JOB).get("data"));
        assertThat(new String(java.util.Base64.getDecoder().decode(secret.get(string(password, "valueFrom.secretKeyRef.key"))
                .toString()))).isEqualTo("kafka-pass");
        assertThat(Chart.hookAnnotations(Chart.TOPICS_JOB)).contains("helm.sh/hook-weight: \"-5\"");
        assertThat(string(container, "args[0]")).contains("--command-config").contains("sasl.jaas.config=$KAFKA_SASL_JAAS_CONFIG")
                .contains("ssl.truststore.location=$KAFKA_SSL_TRUSTSTORE_LOCATION");
        assertThat(env(container, "KAFKA_SSL_TRUSTSTORE_LOCATION")).isEqualTo("/etc/framewise/kafka-ca/ca.crt");
        assertThat(string(manifests.get("Job", JOB), "spec.template.spec.volumes[0].secret.secretName")).isEqualTo("kafka-ca");

        var existing = jobContainer(Chart.renderWithHooks("kafka.securityProtocol=SASL_PLAINTEXT",
                "kafka.sasl.username=framewise", "kafka.sasl.existingSecret=kafka-user"));
        assertThat(string(Manifests.envVar(existing, "FRAMEWISE_KAFKA_SASL_PASSWORD").orElseThrow(),
                "valueFrom.secretKeyRef.name")).isEqualTo("kafka-user");
        assertThat(Chart.renderWithHooks("kafka.securityProtocol=SASL_PLAINTEXT", "kafka.sasl.username=framewise",
                "kafka.sasl.existingSecret=kafka-user").find("Secret", JOB)).as("no hook Secret then").isEmpty();
    }

    @Test
    void leftOutWhenProvisioningIsDisabled() {
        assertThat(Chart.renderWithHooks("kafka.provisioning.enabled=false").find("Job", JOB)).isEmpty();
    }

    private static Map<String, Object> jobContainer(Manifests manifests) {
        var job = manifests.get("Job", JOB);
        assertThat(string(job, "spec.template.spec.restartPolicy")).isEqualTo("Never");
        return Yamls.map(at(job, "spec.template.spec.containers[0]"));
    }

    /** bash -c SCRIPT NAME TOPIC...: the topics follow the script and its $0. */
    private static List<String> topicArguments(Map<String, Object> container) {
        var args = Yamls.list(container.get("args")).stream().map(Object::toString).toList();
        return args.subList(2, args.size());
    }

    private static String env(Map<String, Object> container, String name) {
        return Manifests.envVar(container, name).map(e -> e.get("value").toString())
                .orElseThrow(() -> new AssertionError("no " + name + " in " + Manifests.env(container)));
    }
}
