package io.framewise.local.infra;

import static org.assertj.core.api.Assertions.assertThat;

import io.framewise.events.Topics;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The broker and PostgreSQL restarted under their clients (what the e2e restart fault tests do): same endpoints,
 * records and rows kept, and the clients made before the restart carry on.
 */
class InPlaceRestartTest {

    @TempDir
    Path dataDir;

    @Test
    void theBrokerAndTheDatabaseComeBackOnTheSameEndpointsWithTheirData() throws Exception {
        try (LocalInfrastructure infra = LocalInfrastructure.start(InfraSettings.ephemeral(dataDir), step -> { })) {
            Endpoints endpoints = infra.endpoints();
            try (var producer = new KafkaProducer<String, String>(Map.of("bootstrap.servers",
                    endpoints.kafkaBootstrapServers()), new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<>(Topics.RENDER_READY, "v1", "before")).get();

                Duration down = infra.restartBroker(Duration.ofSeconds(1));
                assertThat(infra.broker().running()).isTrue();
                assertThat(down).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
                // The same producer, made before the restart, reconnects to the same address.
                producer.send(new ProducerRecord<>(Topics.RENDER_READY, "v1", "after")).get();
            }
            assertThat(infra.broker().bootstrapServers()).isEqualTo(endpoints.kafkaBootstrapServers());
            assertThat(read(endpoints.kafkaBootstrapServers(), 2)).containsExactly("before", "after");

            try (var db = DriverManager.getConnection(endpoints.jdbcUrl(), endpoints.dbUser(), endpoints.dbPassword());
                 var statement = db.createStatement()) {
                statement.execute("create table survivor(name text)");
                statement.execute("insert into survivor values ('still here')");
                infra.restartDatabase(Duration.ofSeconds(1));
                assertThat(infra.database().running()).isTrue();
                assertThat(db.isValid(2)).as("a session from before the restart was cut").isFalse();
            }
            try (var db = DriverManager.getConnection(endpoints.jdbcUrl(), endpoints.dbUser(), endpoints.dbPassword());
                 var rows = db.createStatement().executeQuery("select name from survivor")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("still here");
            }
        }
    }

    private static List<String> read(String bootstrapServers, int count) {
        try (var consumer = new KafkaConsumer<String, String>(Map.of("bootstrap.servers", bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "restart-reader", ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(Topics.RENDER_READY));
            List<String> values = new ArrayList<>();
            long deadline = System.currentTimeMillis() + 30_000;
            while (values.size() < count && System.currentTimeMillis() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(record -> values.add(record.value()));
            }
            return values;
        }
    }
}
