package io.framewise.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.framewise.events.Topics;
import io.framewise.local.infra.InfraSettings;
import io.framewise.local.infra.LocalInfrastructure;
import io.minio.GetObjectArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The three embedded servers are real: real protocol clients talk to them, and data survives a restart. */
class LocalInfrastructureTest {

    @TempDir
    Path dataDir;

    @Test
    void startsRealKafkaPostgresAndS3AndKeepsDataAcrossRestarts() throws Exception {
        InfraSettings settings = InfraSettings.ephemeral(dataDir).withFreePorts();
        List<String> progress = new ArrayList<>();
        try (LocalInfrastructure infra = LocalInfrastructure.start(settings, progress::add)) {
            var endpoints = infra.endpoints();
            assertThat(progress).hasSize(3);

            try (Admin admin = Admin.create(Map.of("bootstrap.servers", endpoints.kafkaBootstrapServers()))) {
                var topics = admin.describeTopics(Topics.ALL).allTopicNames().get();
                assertThat(topics).containsKeys(Topics.ALL.toArray(String[]::new));
                assertThat(topics.get(Topics.RENDER_READY).partitions()).hasSize(12);
            }
            try (var producer = new KafkaProducer<String, String>(Map.of("bootstrap.servers",
                    endpoints.kafkaBootstrapServers()), new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<>(Topics.RENDER_READY, "v1", "hello")).get();
            }

            try (var db = DriverManager.getConnection(endpoints.jdbcUrl(), endpoints.dbUser(), endpoints.dbPassword());
                 var statement = db.createStatement()) {
                statement.execute("create table survivor(name text)");
                statement.execute("insert into survivor values ('still here')");
            }

            // this machine only: nothing answers on its other addresses
            Optional<InetAddress> outside = NetworkInterface.networkInterfaces().flatMap(NetworkInterface::inetAddresses)
                    .filter(address -> address instanceof java.net.Inet4Address && !address.isLoopbackAddress())
                    .findFirst();
            for (int port : List.of(settings.kafkaPort(), settings.kafkaControllerPort(), settings.postgresPort(),
                    settings.s3Port())) {
                outside.ifPresent(address -> assertThat(answers(address, port)).as("port " + port + " on " + address)
                        .isFalse());
                assertThat(answers(InetAddress.getLoopbackAddress(), port)).as("port " + port + " on loopback").isTrue();
            }

            try (MinioClient s3 = minio(endpoints)) {
                byte[] body = "a video, honestly".getBytes(StandardCharsets.UTF_8);
                s3.putObject(PutObjectArgs.builder().bucket(endpoints.sourceBucket()).object("videos/x/source.mp4")
                        .stream(new ByteArrayInputStream(body), (long) body.length, -1L).build());
            }
        }

        try (LocalInfrastructure infra = LocalInfrastructure.start(settings, message -> { })) {
            var endpoints = infra.endpoints();
            try (var consumer = new KafkaConsumer<String, String>(Map.of("bootstrap.servers",
                    endpoints.kafkaBootstrapServers(), ConsumerConfig.GROUP_ID_CONFIG, "restart-check",
                    ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(),
                    new StringDeserializer())) {
                consumer.subscribe(List.of(Topics.RENDER_READY));
                List<String> values = new ArrayList<>();
                long deadline = System.currentTimeMillis() + 20_000;
                while (values.isEmpty() && System.currentTimeMillis() < deadline) {
                    consumer.poll(Duration.ofMillis(500)).forEach(record -> values.add(record.value()));
                }
                assertThat(values).containsExactly("hello");
            }
            try (var db = DriverManager.getConnection(endpoints.jdbcUrl(), endpoints.dbUser(), endpoints.dbPassword());
                 var rows = db.createStatement().executeQuery("select name from survivor")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("still here");
            }
            try (MinioClient s3 = minio(endpoints);
                 var object = s3.getObject(GetObjectArgs.builder().bucket(endpoints.sourceBucket())
                         .object("videos/x/source.mp4").build())) {
                assertThat(new String(object.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("a video, honestly");
            }
        }
    }

    private static MinioClient minio(io.framewise.local.infra.Endpoints endpoints) {
        return MinioClient.builder().endpoint(endpoints.s3Endpoint())
                .credentials(endpoints.s3AccessKey(), endpoints.s3SecretKey()).region("us-east-1").build();
    }

    private static boolean answers(InetAddress address, int port) {
        try (java.net.Socket socket = new java.net.Socket()) {
            socket.connect(new java.net.InetSocketAddress(address, port), 2000);
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
