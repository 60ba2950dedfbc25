package io.framewise.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.framewise.events.ObjectRef;
import io.framewise.events.RenderReady;
import io.framewise.events.RenderStatus;
import io.framewise.events.Topics;
import io.framewise.events.UploadSource;
import io.framewise.events.VideoUploaded;
import io.framewise.local.launcher.Stack;
import io.framewise.testkit.TopicClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;

/**
 * Every file of the bad-input corpus ({@link BadInput}), uploaded through the gateway and also dropped straight
 * onto video.uploaded, ends in a clear 4xx or a final state with a reason a person can read; afterwards no
 * video of the corpus is still processing and no scratch file of any service is left behind.
 */
class BadInputIT {

    private static final Duration WAIT = Duration.ofMinutes(3);
    /** Every video this class made, to check at the end that none is stuck. */
    private static final Map<String, String> VIDEOS = new ConcurrentHashMap<>();

    private final Stack stack = RunningStack.get();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Gateway gateway = new Gateway(stack.gatewayUrl());
    private final TopicClient kafka = new TopicClient(stack.endpoints().kafkaBootstrapServers());

    @Test
    void everyBadFileUploadedThroughTheGatewayEndsInA4xxOrAFinalStateWithAReason() throws Exception {
        Map<BadInput, String> accepted = new LinkedHashMap<>();
        for (BadInput input : BadInput.corpus()) {
            HttpResponse<String> response = http.send(RunningStack.request(URI.create(stack.gatewayUrl() + "/videos"))
                    .header("Content-Type", "application/octet-stream").header("X-Filename", "corpus.mp4")
                    .POST(HttpRequest.BodyPublishers.ofFile(input.file().get())).build(),
                    HttpResponse.BodyHandlers.ofString());
            System.out.printf("[bad-input] gateway  %-40s → %d %s%n", input, response.statusCode(), response.body());
            if (input.expected() == BadInput.Outcome.REFUSED_AT_GATEWAY) {
                assertThat(response.statusCode()).as(input.name()).isBetween(400, 499);
                assertThat(response.body()).as(input.name()).contains(input.reason());
                continue;
            }
            assertThat(response.statusCode()).as(input.name()).isEqualTo(202);
            String id = Gateway.parse(response.body().getBytes(StandardCharsets.UTF_8)).path("id").asText();
            VIDEOS.put(id, "gateway: " + input.name());
            accepted.put(input, id);
        }
        accepted.forEach((input, id) -> assertOutcome("gateway", input, id));
    }

    @Test
    void everyBadFileDroppedStraightOntoVideoUploadedEndsFailedWithAReason() throws Exception {
        Map<BadInput, String> dropped = new LinkedHashMap<>();
        try (S3Client s3 = s3()) {
            for (BadInput input : BadInput.corpus()) {
                String id = UUID.randomUUID().toString();
                Path file = input.file().get();
                ObjectRef object = new ObjectRef(stack.endpoints().sourceBucket(), "videos/" + id + "/source.bin");
                s3.putObject(PutObjectRequest.builder().bucket(object.bucket()).key(object.key()).build(),
                        RequestBody.fromFile(file));
                kafka.send(VideoUploaded.create(id, object, "corpus.mp4", "application/octet-stream", Files.size(file),
                        UploadSource.UPLOAD));
                VIDEOS.put(id, "video.uploaded: " + input.name());
                dropped.put(input, id);
            }
        }
        // Straight onto the topic nothing is refused up front: what the gateway refuses must fail with its reason.
        dropped.forEach((input, id) -> assertOutcome("topic", input.expected() == BadInput.Outcome.REFUSED_AT_GATEWAY
                ? new BadInput(input.name(), input.file(), BadInput.Outcome.FAILED, input.reason()) : input, id));
    }

    @Test
    void aDeclaredSizeBeyondTheLimitIsRefusedBeforeAnyByteIsSent() throws Exception {
        URI gatewayUri = URI.create(stack.gatewayUrl());
        // The JDK client will not send a Content-Length it cannot back; a plain socket declares 3 GB and sends none.
        try (Socket socket = new Socket(gatewayUri.getHost(), gatewayUri.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /videos HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/octet-stream\r\n"
                    + "X-Filename: huge.mp4\r\nContent-Length: 3000000000\r\nExpect: 100-continue\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String answer = readHead(socket.getInputStream());
            System.out.println("[bad-input] 3 GB declared → " + answer.lines().findFirst().orElse(""));
            assertThat(answer).startsWith("HTTP/1.1 413");
        }
    }

    @Test
    void aHostileFileNameIsKeptForDisplayOnlyAndNeverReachesAnObjectKey() throws Exception {
        String hostile = "../../etc/passwd; rm -rf $(whoami) `id` | <script>x</script> 日本語 ☃ 'q' \"d\".mp4";
        HttpResponse<String> response = http.send(RunningStack.request(URI.create(stack.gatewayUrl() + "/videos"))
                        .header("Content-Type", "application/octet-stream")
                        .header("X-Filename", java.net.URLEncoder.encode(hostile, StandardCharsets.UTF_8))
                        .POST(HttpRequest.BodyPublishers.ofFile(io.framewise.testkit.TestVideos.clip(
                                Duration.ofSeconds(2), 320, 240, 25))).build(),
                HttpResponse.BodyHandlers.ofString());
        // A header is ASCII; clients send the raw name percent-encoded or not at all. Send it raw too, below.
        assertThat(response.statusCode()).isEqualTo(202);
        String id = Gateway.parse(response.body().getBytes(StandardCharsets.UTF_8)).path("id").asText();
        VIDEOS.put(id, "hostile name");

        String multipartId = uploadMultipart(hostile);
        VIDEOS.put(multipartId, "hostile name (multipart)");

        for (String video : List.of(id, multipartId)) {
            RenderReady outcome = single(video);
            assertThat(outcome.status()).isEqualTo(RenderStatus.READY);
            var shown = gateway.finalVideo(video);
            System.out.println("[bad-input] hostile name kept as: " + shown.path("filename").asText());
            assertThat(shown.path("filename").asText()).doesNotContain("/").doesNotContain("\\");
        }
        try (S3Client s3 = s3(); Stream<String> keys = s3.listObjectsV2Paginator(b -> b
                .bucket(stack.endpoints().sourceBucket()).prefix("videos/" + multipartId + "/")).contents().stream()
                .map(o -> o.key())) {
            assertThat(keys.toList()).containsExactly("videos/" + multipartId + "/source.mp4");
        }
    }

    @AfterAll
    static void nothingOfTheCorpusIsStillProcessingAndNoScratchFileIsLeft() throws Exception {
        Stack stack = RunningStack.get();
        Gateway gateway = new Gateway(stack.gatewayUrl());
        List<String> stuck = new ArrayList<>();
        for (var video : VIDEOS.entrySet()) {
            if (gateway.finalVideo(video.getKey()).path("status").asInt() == 0) {
                stuck.add(video.getValue() + " (" + video.getKey() + ")");
            }
        }
        assertThat(stuck).as("videos still processing").isEmpty();
        Path scratch = stack.dataDir().resolve("scratch");
        try (Stream<Path> files = Files.walk(scratch)) {
            List<Path> left = files.filter(Files::isRegularFile).toList();
            System.out.printf("[bad-input] %d videos final; %d scratch files left under %s%n", VIDEOS.size(),
                    left.size(), scratch);
            assertThat(left).as("scratch files left behind").isEmpty();
        }
    }

    private void assertOutcome(String way, BadInput input, String id) {
        RenderReady outcome = single(id);
        System.out.printf("[bad-input] %-8s %-40s → %s %s%n", way, input, outcome.status(),
                outcome.error() == null ? "" : outcome.error());
        if (input.expected() == BadInput.Outcome.FAILED) {
            assertThat(outcome.status()).as(input.name()).isEqualTo(RenderStatus.FAILED);
            assertThat(outcome.error()).as(input.name()).contains(input.reason());
        }
        if (outcome.status() == RenderStatus.FAILED) {
            assertReadable(input.name(), outcome.error());
        }
    }

    /** One render.ready, never two: an outcome is announced once. */
    private RenderReady single(String id) {
        List<RenderReady> ready = kafka.collectForVideo(Topics.RENDER_READY, RenderReady.class, id, 1, WAIT);
        assertThat(ready).as("render.ready of " + VIDEOS.get(id)).hasSize(1);
        return ready.getFirst();
    }

    /** A reason for people: a sentence, not a stack trace or an exception's class name. */
    static void assertReadable(String what, String reason) {
        assertThat(reason).as(what + ": reason").isNotBlank().hasSizeLessThan(400)
                .doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("null");
    }

    private String uploadMultipart(String filename) throws IOException, InterruptedException {
        String boundary = "----framewise" + UUID.randomUUID();
        byte[] video = Files.readAllBytes(io.framewise.testkit.TestVideos.clip(Duration.ofSeconds(2), 320, 240, 25));
        var body = new java.io.ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + filename.replace("\"", "%22") + "\"\r\nContent-Type: video/mp4\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(video);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = http.send(RunningStack.request(URI.create(stack.gatewayUrl() + "/videos"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        return Gateway.parse(response.body().getBytes(StandardCharsets.UTF_8)).path("id").asText();
    }

    private S3Client s3() {
        return s3(stack);
    }

    /** A client of the stack's S3 API, for putting sources the gateway never saw. */
    static S3Client s3(Stack stack) {
        var endpoints = stack.endpoints();
        return S3Client.builder().endpointOverride(URI.create(endpoints.s3Endpoint())).region(Region.US_EAST_1)
                .forcePathStyle(true).credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(endpoints.s3AccessKey(), endpoints.s3SecretKey()))).build();
    }

    private static String readHead(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        int b;
        while ((b = in.read()) != -1) {
            head.append((char) b);
            if (head.toString().endsWith("\r\n\r\n")) {
                break;
            }
        }
        return head.toString();
    }
}
