package io.framewise.deploy;

import static io.framewise.deploy.Yamls.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.framewise.events.Topics;
import io.framewise.local.infra.EmbeddedKafkaBroker;
import io.framewise.local.infra.KafkaSasl;
import io.framewise.local.infra.Ports;
import io.framewise.testkit.SharedInfrastructure;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The topic Job's script, as the chart renders it, run by bash against a real broker (testkit's) with Kafka 4.2.1's
 * own tools: {@code kafka-topics.sh} and {@code kafka-configs.sh} are the two-line launchers of the apache/kafka image
 * (TopicCommand, ConfigCommand) on this class path instead of under /opt/kafka/bin. Then once more against a broker
 * that wants SASL/PLAIN, with the password the chart's hook Secret holds, put into the JAAS line the way the kubelet
 * expands {@code $(VAR)} references.
 */
class KafkaTopicsScriptTest {

    /** Two topics of the contract stand for all of them (the loop is per topic); each one costs two tool runs. */
    private static final List<String> TOPICS = List.of(Topics.RENDER_START, Topics.TRANSCRIPT_CREATED);
    private static final int PARTITIONS = 4;

    private static Admin admin;
    private static String bootstrapServers;

    @TempDir
    static Path bin;

    @BeforeAll
    static void broker() {
        bootstrapServers = SharedInfrastructure.configProperties().get("kafka.bootstrap.servers");
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
    }

    @AfterAll
    static void closeAdmin() {
        admin.close();
    }

    @Test
    void createsTheTopicsRaisesAFewPartitionedOneAndCompactsThePeopleGallery() throws Exception {
        // As if clients had auto-created them first: too few partitions, and the delete policy for the gallery.
        // (testkit's broker comes with the contract's topics: start from none of those used here.)
        recreate(List.of(new NewTopic(Topics.RENDER_START, 1, (short) 1), new NewTopic(Topics.PEOPLE, 1, (short) 1)));

        String firstRun = runJobScript(Chart.renderWithHooks("kafka.provisioning.partitions=" + PARTITIONS), bootstrapServers,
                TOPICS);
        String secondRun = runJobScript(Chart.renderWithHooks("kafka.provisioning.partitions=" + PARTITIONS), bootstrapServers,
                TOPICS);

        var descriptions = admin.describeTopics(allTopics()).allTopicNames().get();
        for (String topic : TOPICS) {
            assertThat(descriptions.get(topic).partitions()).as(topic).hasSize(PARTITIONS);
        }
        assertThat(firstRun).contains("raising " + Topics.RENDER_START + " from 1 to " + PARTITIONS + " partitions");
        assertThat(secondRun).as("a second run changes nothing").doesNotContain("raising");
        TopicDescription people = descriptions.get(Topics.PEOPLE);
        assertThat(people.partitions()).as("the gallery is never raised").hasSize(1);
        var resource = new ConfigResource(ConfigResource.Type.TOPIC, Topics.PEOPLE);
        var config = admin.describeConfigs(List.of(resource)).all().get().get(resource);
        assertThat(config.get(TopicConfig.CLEANUP_POLICY_CONFIG).value()).isEqualTo(TopicConfig.CLEANUP_POLICY_COMPACT);
        var other = new ConfigResource(ConfigResource.Type.TOPIC, Topics.TRANSCRIPT_CREATED);
        assertThat(admin.describeConfigs(List.of(other)).all().get().get(other).get(TopicConfig.CLEANUP_POLICY_CONFIG).value())
                .isEqualTo(TopicConfig.CLEANUP_POLICY_DELETE);
    }

    @Test
    void withSaslTheJobSpeaksAsTheServicesDo(@TempDir Path brokerDir) throws Exception {
        var user = KafkaSasl.generated();
        try (var broker = EmbeddedKafkaBroker.start(brokerDir, Ports.free(), Ports.free(), 1, Optional.of(user))) {
            var manifests = Chart.renderWithHooks("kafka.provisioning.partitions=" + PARTITIONS,
                    "kafka.securityProtocol=SASL_PLAINTEXT", "kafka.sasl.username=" + user.username(),
                    "kafka.sasl.password=" + user.password());

            String output = runJobScript(manifests, broker.bootstrapServers(), List.of(Topics.RENDER_START));

            var settings = new java.util.HashMap<String, Object>(user.clientProperties());
            settings.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
            try (Admin sasl = Admin.create(settings)) {
                var topics = sasl.describeTopics(List.of(Topics.RENDER_START, Topics.PEOPLE)).allTopicNames().get();
                assertThat(topics.get(Topics.RENDER_START).partitions()).as(output).hasSize(PARTITIONS);
                assertThat(topics.get(Topics.PEOPLE).partitions()).hasSize(1);
            }
        }
    }

    /** Deletes every topic this test uses, then creates these; topic deletion finishes in the background. */
    private static void recreate(List<NewTopic> topics) throws Exception {
        var existing = admin.listTopics().names().get();
        admin.deleteTopics(allTopics().stream().filter(existing::contains).toList()).all().get();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            var left = admin.listTopics().names().get();
            if (allTopics().stream().noneMatch(left::contains)) {
                break;
            }
            assertThat(System.nanoTime()).as("topics deleted within 30 s").isLessThan(deadline);
            Thread.sleep(200);
        }
        for (NewTopic topic : topics) {
            while (true) {
                try {
                    admin.createTopics(List.of(topic)).all().get();
                    break;
                } catch (java.util.concurrent.ExecutionException e) {
                    // "marked for deletion" until the broker has finished removing the old one
                    assertThat(System.nanoTime()).as("%s created again within 30 s: %s", topic.name(), e.getCause())
                            .isLessThan(deadline);
                    Thread.sleep(200);
                }
            }
        }
    }

    private static Collection<String> allTopics() {
        var all = new ArrayList<>(TOPICS);
        all.add(Topics.PEOPLE);
        return all;
    }

    /**
     * Runs the rendered Job's container command with its environment as the kubelet would give it (a Secret's value
     * for a secretKeyRef, {@code $(VAR)} expanded), against {@code brokers}, for these of the Job's topics.
     */
    private static String runJobScript(Manifests manifests, String brokers, List<String> topics) throws Exception {
        var container = Yamls.map(at(manifests.get("Job", Chart.name("kafka-topics")), "spec.template.spec.containers[0]"));
        var command = Yamls.list(container.get("command")).stream().map(Object::toString).toList();
        var args = Yamls.list(container.get("args")).stream().map(Object::toString).toList();
        assertThat(args.subList(2, args.size())).containsAll(topics);

        var argv = new ArrayList<>(command);
        argv.add(args.get(0).replace("/opt/kafka/bin/", launchers() + "/").replace("/tmp/client.properties",
                bin.resolve("client.properties").toString()));
        argv.add(args.get(1));
        argv.addAll(topics);
        var process = new ProcessBuilder(argv).redirectErrorStream(true);
        for (var env : Manifests.env(container)) {
            process.environment().put(env.get("name").toString(), valueOf(env, manifests, process.environment()));
        }
        process.environment().put("BOOTSTRAP_SERVERS", brokers);
        process.environment().put("LOG_DIR", bin.toString());
        Process run = process.start();
        String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(run.waitFor(3, TimeUnit.MINUTES)).as("the script finished").isTrue();
        assertThat(run.exitValue()).as("the script's exit code; output:%n%s", output).isZero();
        return output;
    }

    /** An EnvVar's value as the kubelet makes it: a literal with earlier variables' $(NAME) expanded, or a Secret's. */
    private static String valueOf(Map<String, Object> env, Manifests manifests, Map<String, String> earlier) {
        Object secretRef = at(env, "valueFrom.secretKeyRef");
        if (secretRef != null) {
            var secret = manifests.get("Secret", Yamls.string(secretRef, "name"));
            return new String(java.util.Base64.getDecoder().decode(Yamls.string(secret, "data." + Yamls.string(secretRef, "key"))),
                    StandardCharsets.UTF_8);
        }
        String value = env.get("value").toString();
        for (var variable : earlier.entrySet()) {
            value = value.replace("$(" + variable.getKey() + ")", variable.getValue());
        }
        return value;
    }

    /** kafka-topics.sh and kafka-configs.sh as in the Kafka distribution, on this JVM and class path. */
    private static Path launchers() throws Exception {
        Path dir = bin.resolve("kafka-bin");
        if (Files.isDirectory(dir)) {
            return dir;
        }
        Files.createDirectories(dir);
        String java = ProcessHandle.current().info().command().orElseThrow();
        String classPath = System.getProperty("java.class.path");
        for (var tool : Map.of("kafka-topics.sh", "org.apache.kafka.tools.TopicCommand",
                "kafka-configs.sh", "kafka.admin.ConfigCommand").entrySet()) {
            Path script = dir.resolve(tool.getKey());
            Files.writeString(script, "#!/bin/sh\nexec '" + java + "' -Xmx256m -XX:TieredStopAtLevel=1 -Xshare:auto -cp '"
                    + classPath + "' " + tool.getValue() + " \"$@\"\n");
            Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        return dir;
    }
}
