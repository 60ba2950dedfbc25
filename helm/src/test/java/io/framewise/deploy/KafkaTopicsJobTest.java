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
        return Manifests.envVar(container, name).map(e -> e.get("value").toString()).orElseThrow();
    }
}
