package io.framewise.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.framewise.events.RenderReady;
import io.framewise.events.RenderStatus;
import io.framewise.events.Topics;
import io.framewise.events.VideoUploaded;
import io.framewise.local.launcher.Stack;
import io.framewise.testkit.ImageBombs;
import io.framewise.testkit.TestVideos;
import io.framewise.testkit.TopicClient;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Security properties over the real processes: every API request needs the stack's key (the page and its headers do
 * not), a photo that is a decompression bomb is refused by its header, a webhook's secret is in no service's log (it
 * signs deliveries that really are attempted), and what an upload is comes from its bytes, never from its name or
 * Content-Type. (Scopes, tokens, limits: gateway-svc's SecuredApiTest and TightLimitsTest; hostile names: BadInputIT.)
 */
class SecurityIT {

    private final Stack stack = RunningStack.get();
    private final HttpClient http = HttpClient.newHttpClient();
    private final TopicClient kafka = new TopicClient(stack.endpoints().kafkaBootstrapServers());

    @Test
    void aWebhookSecretSignsDeliveriesAndIsNeverLoggedNorShown() throws Exception {
        String secret = "whsec-" + UUID.randomUUID();
        List<String> signatures = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<String> bodies = new java.util.concurrent.CopyOnWriteArrayList<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.getRequestHeaders().forEach((name, values) -> {
                if (name.toLowerCase(java.util.Locale.ROOT).contains("signature")) {
                    signatures.addAll(values);
                }
            });
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        try {
            HttpResponse<String> created = post("/webhooks", "application/json",
                    ("{\"url\":\"http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook\",\"secret\":\""
                            + secret + "\",\"events\":[\"render.ready\"]}").getBytes(StandardCharsets.UTF_8), null);
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            assertThat(created.body()).doesNotContain(secret);

            String id = upload(TestVideos.clip(Duration.ofSeconds(2), 320, 240, 25), "video/mp4", "signed.mp4");
            assertThat(kafka.collectForVideo(Topics.RENDER_READY, RenderReady.class, id, 1, Duration.ofMinutes(3)))
                    .singleElement().extracting(RenderReady::status).isEqualTo(RenderStatus.READY);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (bodies.stream().noneMatch(b -> b.contains(id)) && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            assertThat(bodies).as("deliveries received").anyMatch(b -> b.contains(id));
            assertThat(signatures).as("signature headers").isNotEmpty().noneMatch(h -> h.contains(secret));
        } finally {
            receiver.stop(0);
        }
        HttpResponse<String> listed = http.send(RunningStack.request(URI.create(stack.gatewayUrl() + "/webhooks"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(listed.body()).doesNotContain(secret);

        List<String> leaks = new ArrayList<>();
        try (Stream<Path> logs = Files.list(stack.dataDir().resolve("logs"))) {
            for (Path log : logs.toList()) {
                if (Files.readString(log, StandardCharsets.ISO_8859_1).contains(secret)) {
                    leaks.add(log.getFileName().toString());
                }
            }
        }
        System.out.println("[security] a signed delivery received (" + signatures.getFirst() + "); logs holding the "
                + "secret: " + leaks);
        assertThat(leaks).as("logs holding the webhook secret").isEmpty();
    }

    @Test
    void anUploadIsTypedByItsBytesNotByItsNameOrContentType() throws Exception {
        String text = upload(TestVideos.broken(TestVideos.Broken.TEXT), "video/mp4", "movie.mp4");
        String mp4 = upload(TestVideos.clip(Duration.ofSeconds(2), 320, 240, 25), "video/x-msvideo", "movie.avi");
        String unnamed = upload(TestVideos.clip(Duration.ofSeconds(2), 320, 240, 25), "application/octet-stream",
                "no-extension");

        assertThat(announced(text).key()).isEqualTo("videos/" + text + "/source.bin");
        assertThat(announced(text).contentType()).isEqualTo("application/octet-stream");
        assertThat(announced(mp4).key()).isEqualTo("videos/" + mp4 + "/source.mp4");
        assertThat(announced(mp4).contentType()).isEqualTo("video/mp4");
        assertThat(announced(unnamed).key()).isEqualTo("videos/" + unnamed + "/source.mp4");
    }

    @Test
    void everyApiRequestNeedsTheKeyThePageDoesNotAndEveryAnswerCarriesTheHeaders() throws Exception {
        String id = upload(TestVideos.clip(Duration.ofSeconds(2), 320, 240, 25), "video/mp4", "keyed.mp4");
        for (String path : List.of("/videos", "/videos/" + id, "/videos/" + id + "/events", "/people", "/webhooks",
                "/videos/" + id + "/files/storyboard.vtt")) {
            HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(URI.create(stack.gatewayUrl() + path))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(anonymous.statusCode()).as("GET " + path + " without a key").isEqualTo(401);
        }
        HttpResponse<String> keyed = http.send(RunningStack.request(URI.create(stack.gatewayUrl() + "/videos/" + id))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(keyed.statusCode()).isEqualTo(200);
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(stack.gatewayUrl() + "/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("frame-ancestors 'none'").contains("script-src 'self'"));
        assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }

    @Test
    void aDecompressionBombAsAPersonsPhotoIsRefusedByItsHeader() throws Exception {
        byte[] bomb = Files.readAllBytes(ImageBombs.squarePng(40_000));
        String boundary = "framewise-" + UUID.randomUUID();
        var body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\nBomb\r\n--"
                + boundary + "\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"bomb.png\"\r\n"
                + "Content-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(bomb);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> refused = http.send(RunningStack.request(URI.create(stack.gatewayUrl() + "/people"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
        System.out.println("[security] a 1.5 MB PNG of 40000x40000 pixels as a photo → " + refused.statusCode() + " "
                + refused.body());
        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.body()).contains("PhotoTooLarge");
    }

    private VideoUploaded announced(String id) {
        List<VideoUploaded> events = kafka.collectForVideo(Topics.VIDEO_UPLOADED, VideoUploaded.class, id, 1,
                Duration.ofSeconds(30));
        assertThat(events).hasSize(1);
        return events.getFirst();
    }

    private String upload(Path file, String contentType, String name) throws Exception {
        HttpResponse<String> response = post("/videos", contentType.startsWith("video/") ? contentType
                : "application/octet-stream", Files.readAllBytes(file), name);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        return Gateway.parse(response.body().getBytes(StandardCharsets.UTF_8)).path("id").asText();
    }

    private HttpResponse<String> post(String path, String contentType, byte[] body, String filename) throws Exception {
        HttpRequest.Builder request = RunningStack.request(URI.create(stack.gatewayUrl() + path))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (filename != null) {
            request.header("X-Filename", filename);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
