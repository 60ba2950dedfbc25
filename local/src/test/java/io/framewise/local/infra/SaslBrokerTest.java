package io.framewise.local.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.framewise.events.Topics;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded broker with SASL/PLAIN: a client without the user and password is refused; with them it works. */
class SaslBrokerTest {

    private static final KafkaSasl USER = KafkaSasl.generated();
    private static EmbeddedKafkaBroker broker;

    @BeforeAll
    static void start(@TempDir Path dir) {
        broker = EmbeddedKafkaBroker.start(dir, Ports.free(), Ports.free(), 2, Optional.of(USER));
    }

    @AfterAll
    static void stop() {
        broker.close();
    }

    @Test
    void aClientWithoutTheSettingsIsRefused() {
        var plaintext = client(Map.of());
        plaintext.put("default.api.timeout.ms", "6000");
        try (Admin admin = Admin.create(plaintext)) {
            assertThatThrownBy(() -> admin.listTopics().names().get(20, TimeUnit.SECONDS))
                    .as("a plaintext client gets no answer from a SASL listener")
                    .isInstanceOfAny(ExecutionException.class, java.util.concurrent.TimeoutException.class);
        }
    }

    @Test
    void aWrongPasswordIsRefused() {
        var wrong = new KafkaSasl(USER.username(), USER.password() + "x").clientProperties();
        try (Admin admin = Admin.create(client(wrong))) {
            assertThatThrownBy(() -> admin.listTopics().names().get(20, TimeUnit.SECONDS))
                    .hasCauseInstanceOf(SaslAuthenticationException.class);
        }
    }

    @Test
    void withTheSettingsTopicsAreCreatedAndARecordGoesRound() throws Exception {
        List<String> created = TopicProvisioner.ensureTopics(broker.bootstrapServers(), USER.clientProperties(), 2);
        assertThat(created).contains(Topics.RENDER_READY, Topics.PEOPLE, Topics.deadLetter(Topics.PEOPLE));

        try (var producer = new KafkaProducer<>(client(USER.clientProperties()), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(Topics.RENDER_READY, "v1", "over SASL")).get(20, TimeUnit.SECONDS);
        }
        var consumerSettings = client(USER.clientProperties());
        consumerSettings.put("group.id", "sasl-test");
        consumerSettings.put("auto.offset.reset", "earliest");
        try (var consumer = new KafkaConsumer<>(consumerSettings, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(Topics.RENDER_READY));
            var received = new java.util.ArrayList<ConsumerRecord<String, String>>();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (received.isEmpty() && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(received::add);
            }
            assertThat(received).extracting(ConsumerRecord::value).containsExactly("over SASL");
        }
    }

    private static Map<String, Object> client(Map<String, String> security) {
        var settings = new HashMap<String, Object>(security);
        settings.put("bootstrap.servers", broker.bootstrapServers());
        settings.put("default.api.timeout.ms", "15000");
        settings.put("request.timeout.ms", "5000");
        return settings;
    }
}
