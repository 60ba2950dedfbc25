package io.framewise.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.framewise.events.Topics;
import io.framewise.local.infra.KafkaSasl;
import io.framewise.local.launcher.ServiceProcess;
import io.framewise.local.launcher.KafkaClientConfigFile;
import io.framewise.local.launcher.Stack;
import io.framewise.local.launcher.StackOptions;
import io.framewise.testkit.TestFaces;
import io.framewise.testkit.TestVideos;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.Test;

/**
 * A stack of its own whose broker wants SASL/PLAIN ({@code FRAMEWISE_KAFKA_SASL=true}): every service comes up ready
 * with the settings it is given as {@code kafka.*} (SmallRye's channels and label-svc's plain people reader alike),
 * a video goes through every planned stage, a person enrolled at the gateway reaches label-svc's gallery over the
 * {@code people} topic, and a client without the settings gets nothing from the broker.
 */
class KafkaSaslIT {

    private static final Duration WAIT = Duration.ofMinutes(3);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void everyServiceTalksSaslAndAClientWithoutTheSettingsIsRefused() throws Exception {
        Path dataDir = Files.createTempDirectory("framewise-e2e-sasl");
        StackOptions options = StackOptions.ephemeral(RunningStack.projectRoot(), dataDir)
                .withStages(System.getenv(StackOptions.SESSION_STAGES)).withKafkaSasl(KafkaSasl.generated());
        try (Stack stack = Stack.start(options, step -> System.out.println("[e2e sasl] " + step))) {
            // Stack.start returned: every service answered ready, Kafka consumers included.
            Gateway gateway = new Gateway(stack.gatewayUrl());

            String id = gateway.upload(TestVideos.clip(Duration.ofSeconds(2), 320, 240, 15), "over-sasl.mp4");
            JsonNode video = awaitFinal(gateway, id);
            assertThat(video.path("status").asInt()).as("READY (error: %s)", video.path("error").asText()).isEqualTo(1);

            if (TestFaces.available()) {
                gateway.enrol("Sasl Example", List.of(TestFaces.jpeg(TestFaces.Photo.A_PORTRAIT)));
                ServiceProcess label = stack.services().stream().filter(s -> s.name().startsWith("label-svc"))
                        .findFirst().orElseThrow();
                int people = awaitGallery(label, 1);
                System.out.println("[e2e sasl] people in label-svc's gallery: " + people);
                assertThat(people).as("people in label-svc's gallery").isEqualTo(1);
            }

            Map<String, Object> plaintext = new HashMap<>(Map.of("bootstrap.servers",
                    stack.endpoints().kafkaBootstrapServers(), "default.api.timeout.ms", "6000",
                    "request.timeout.ms", "5000"));
            try (Admin admin = Admin.create(plaintext)) {
                assertThatThrownBy(() -> admin.listTopics().names().get(20, TimeUnit.SECONDS))
                        .as("a client without the SASL settings")
                        .isInstanceOfAny(ExecutionException.class, TimeoutException.class);
            }
            try (Admin admin = Admin.create(clientConfig(KafkaClientConfigFile.in(dataDir)))) {
                assertThat(admin.listTopics().names().get(20, TimeUnit.SECONDS)).as("with the written settings")
                        .contains(Topics.PEOPLE, Topics.deadLetter(Topics.PEOPLE), Topics.RENDER_READY);
            }
        }
    }

    private static JsonNode awaitFinal(Gateway gateway, String id) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        JsonNode video = gateway.video(id);
        while (video.path("status").asInt() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(500);
            video = gateway.video(id);
        }
        return video;
    }

    /** The people count label-svc's readiness check reports, once it reaches {@code wanted} (or the time is up). */
    private int awaitGallery(ServiceProcess label, int wanted) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        int people = -1;
        while (people < wanted && System.nanoTime() < deadline) {
            HttpResponse<String> ready = http.send(HttpRequest.newBuilder(
                    URI.create(label.managementUrl() + "/q/health/ready")).build(), HttpResponse.BodyHandlers.ofString());
            for (JsonNode check : JSON.readTree(ready.body()).path("checks")) {
                if (check.path("name").asText().equals("people-gallery")) {
                    people = check.path("data").path("people").asInt();
                }
            }
            Thread.sleep(500);
        }
        return people;
    }

    private static Map<String, Object> clientConfig(Path file) throws Exception {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        }
        Map<String, Object> config = new HashMap<>();
        properties.forEach((key, value) -> config.put(key.toString(), value));
        return config;
    }
}
