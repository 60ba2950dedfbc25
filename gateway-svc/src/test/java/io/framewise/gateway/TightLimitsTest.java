package io.framewise.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.framewise.events.ObjectRef;
import io.framewise.events.StorageKeys;
import io.framewise.gateway.support.SseClient;
import io.framewise.gateway.support.StatusServiceResource;
import io.framewise.gateway.support.TestVideos;
import io.framewise.kit.storage.ObjectStore;
import io.framewise.testkit.FramewiseInfraResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The limits that keep slow or greedy clients from exhausting the gateway, set small so the tests can reach them:
 * presigned URLs that expire in 2 s and their sweeper, 2 uploads at once, 2 event streams per client living 3 s,
 * 2 file streams at once cut off after 10 s without taking anything, and connections closed after 12 s without
 * traffic.
 */
@QuarkusTest
@TestProfile(TightLimitsTest.Tight.class)
@QuarkusTestResource(value = FramewiseInfraResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "database", value = "jdbc"))
@QuarkusTestResource(value = StatusServiceResource.class, restrictToAnnotatedClass = false)
class TightLimitsTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    public static class Tight implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("framewise.storage.presign-ttl", "PT2S",
                    "framewise.gateway.uploads.sweep-every", "1s",
                    "framewise.gateway.uploads.sweep-grace", "PT1S",
                    "framewise.gateway.uploads.max-concurrent", "2",
                    "framewise.gateway.events.max-per-client", "2",
                    "framewise.gateway.events.lifetime", "PT3S",
                    "framewise.gateway.files.max-concurrent", "2",
                    "framewise.gateway.files.write-idle-timeout", "PT10S",
                    "quarkus.http.idle-timeout", "12S");
        }
    }

    @TestHTTPResource("/")
    URL root;

    /** On the management interface: /q/* is not on the public port. */
    @TestHTTPResource(value = "health/live", management = true)
    String healthLive;

    @Inject
    ObjectStore store;

    @Test
    void anUploadUrlIsRefusedOnceItHasExpired() throws Exception {
        JsonPath ticket = given().contentType("application/json")
                .body(Map.of("filename", "late.mp4", "contentType", "video/mp4", "size", 5000))
                .post("/videos/uploads").then().statusCode(201).extract().jsonPath();

        Thread.sleep(3500);
        HttpResponse<String> late = HTTP.send(HttpRequest.newBuilder(URI.create(ticket.getString("url")))
                .header("Content-Type", "video/mp4").PUT(HttpRequest.BodyPublishers.ofByteArray(TestVideos.mp4(5000)))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(late.statusCode()).as(late.body()).isEqualTo(403);
        assertThat(late.body()).containsIgnoringCase("expired");
        given().post("/videos/" + ticket.getString("id") + "/uploaded").then().statusCode(410)
                .body("Code", equalTo("UploadExpired"));
    }

    @Test
    void whatAnExpiredUrlLeftBehindIsSweptAndTheTicketFails() {
        String id = given().contentType("application/json").body(Map.of("size", 5000)).post("/videos/uploads")
                .then().statusCode(201).extract().path("id");
        ObjectRef pending = new ObjectRef(store.sourceBucket(), StorageKeys.sourceVideo(id, "upload"));
        store.put(pending, TestVideos.mp4(5000), "application/octet-stream"); // uploaded, never confirmed
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(store.head(pending)).as("the unconfirmed upload").isEmpty();
            given().get("/videos/" + id).then().statusCode(200).body("status", equalTo(-1))
                    .body("error", containsString("not confirmed"));
        });
        given().post("/videos/" + id + "/uploaded").then().statusCode(410);
    }

    @Test
    void uploadsBeyondTheCapAre503AtOnceAndAStalledUploaderIsCutOff() throws Exception {
        List<Socket> stalled = new ArrayList<>();
        try {
            for (int i = 0; i < 2; i++) {
                stalled.add(stalledUpload());
            }
            // once the server has taken both (a busy machine takes a moment), the next is turned away at once
            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> given()
                    .contentType("video/mp4").body(TestVideos.mp4(3000)).post("/videos").then().statusCode(503)
                    .header("Retry-After", "30").body("Code", equalTo("TooManyUploads")));
            // nothing arrives on the stalled uploads: the idle timeout closes them, and their slots come back
            for (Socket socket : stalled) {
                assertThat(closedByServerWithin(socket, Duration.ofSeconds(30))).as("a stalled upload is cut off")
                        .isTrue();
            }
            await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> given().contentType("video/mp4")
                    .body(TestVideos.mp4(3000)).post("/videos").then().statusCode(202));
        } finally {
            for (Socket socket : stalled) {
                socket.close();
            }
        }
    }

    @Test
    void aClientHoldsAtMostTwoStreamsAndEachEndsAfterItsLifetime() throws Exception {
        String id = given().contentType("video/mp4").body(TestVideos.mp4(3000)).post("/videos").then()
                .statusCode(202).extract().path("id");
        try (SseClient first = SseClient.open(root + "videos/" + id + "/events");
             SseClient second = SseClient.open(root + "videos/" + id + "/events")) {
            assertThat(first.statusCode()).isEqualTo(200);
            assertThat(second.statusCode()).isEqualTo(200);
            given().get("/videos/" + id + "/events").then().statusCode(429).body("Code", equalTo("TooManyStreams"));
            assertThat(first.next(Duration.ofSeconds(5)).name()).isEqualTo("state");
            long opened = System.nanoTime();
            SseClient.Event event;
            do {
                event = first.next(Duration.ofSeconds(10));
            } while (event != null && event != SseClient.Event.END);
            assertThat(event).as("the stream ended by itself").isEqualTo(SseClient.Event.END);
            assertThat(Duration.ofNanos(System.nanoTime() - opened)).isLessThan(Duration.ofSeconds(8));
        }
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            try (SseClient again = SseClient.open(root + "videos/" + id + "/events")) {
                assertThat(again.statusCode()).as("slots given back").isEqualTo(200);
            }
        });
    }

    @Test
    void slowReadersOfFilesCannotStarveUploadsAndAreCutOff() throws Exception {
        String id = TestVideos.newId();
        byte[] big = new byte[24 * 1024 * 1024];
        store.put(new ObjectRef(store.renderBucket(), StorageKeys.renderPrefix(id) + "storyboard.jpg"), big,
                "image/jpeg");
        List<Socket> readers = new ArrayList<>();
        try {
            for (int i = 0; i < 6; i++) {
                readers.add(slowReader("/videos/" + id + "/files/storyboard.jpg"));
            }
            List<String> answers = new ArrayList<>();
            for (Socket reader : readers) {
                answers.add(statusLine(reader));
            }
            assertThat(answers).as("two stream (the cap), the others are turned away")
                    .filteredOn(line -> line.contains(" 200")).hasSize(2);
            assertThat(answers).filteredOn(line -> line.contains(" 503")).hasSize(4);
            long started = System.nanoTime();
            given().contentType("video/mp4").body(TestVideos.mp4(3000)).post("/videos").then().statusCode(202);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).as("an upload beside two stalled readers")
                    .isLessThan(Duration.ofSeconds(10));
            Thread.sleep(15_000); // past the write-idle timeout, taking nothing
            for (Socket reader : readers) {
                assertThat(bytesUntilClosed(reader, Duration.ofSeconds(15))).as("what a stalled reader got before "
                        + "it was cut off").isLessThan(big.length);
            }
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().get("/videos/" + id
                    + "/files/storyboard.jpg").then().statusCode(200));
        } finally {
            for (Socket reader : readers) {
                reader.close();
            }
        }
    }

    @Test
    void slowlorisConnectionsDoNotKeepOthersWaiting() throws Exception {
        List<Socket> trickling = new ArrayList<>();
        try {
            for (int i = 0; i < 50; i++) {
                Socket socket = new Socket(root.getHost(), root.getPort());
                socket.getOutputStream().write("GET /videos HTTP/1.1\r\nHost: x\r\nX-Slow: ".getBytes(StandardCharsets.US_ASCII));
                trickling.add(socket);
            }
            // a server with a thread per connection would be out of threads for as long as they trickle; the bound is
            // generous for a busy 2-core machine
            for (int second = 0; second < 4; second++) {
                for (Socket socket : trickling) {
                    socket.getOutputStream().write('a');
                }
                long started = System.nanoTime();
                given().get(healthLive).then().statusCode(200);
                given().get("/videos?size=1").then().statusCode(200);
                assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
                Thread.sleep(1000);
            }
        } finally {
            for (Socket socket : trickling) {
                socket.close();
            }
        }
    }

    /** A raw upload that sends its headers and a few bytes of a body it says is 100 kB, then nothing. */
    private Socket stalledUpload() throws IOException {
        Socket socket = new Socket(root.getHost(), root.getPort());
        OutputStream out = socket.getOutputStream();
        out.write(("POST /videos HTTP/1.1\r\nHost: " + root.getHost() + "\r\nContent-Type: video/mp4\r\n"
                + "Content-Length: 100000\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(TestVideos.mp4(100));
        out.flush();
        return socket;
    }

    /** A GET whose reader takes nothing (a tiny receive buffer, never read). */
    private Socket slowReader(String path) throws IOException {
        Socket socket = new Socket();
        socket.setReceiveBufferSize(4096);
        socket.connect(new java.net.InetSocketAddress(root.getHost(), root.getPort()));
        socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: " + root.getHost() + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        return socket;
    }

    /** The first line of the answer on the connection ("HTTP/1.1 200 OK"). */
    private static String statusLine(Socket socket) throws IOException {
        socket.setSoTimeout(30_000);
        InputStream in = socket.getInputStream();
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c >= 0 && c != '\n'; c = in.read()) {
            line.append((char) c);
        }
        return line.toString().strip();
    }

    /** Reads what the connection holds until the server closes it; Long.MAX_VALUE if it stays open. */
    private static long bytesUntilClosed(Socket socket, Duration time) throws IOException {
        long deadline = System.nanoTime() + time.toNanos();
        socket.setSoTimeout(500);
        InputStream in = socket.getInputStream();
        byte[] buffer = new byte[1 << 16];
        long total = 0;
        while (System.nanoTime() < deadline) {
            try {
                int read = in.read(buffer);
                if (read < 0) {
                    return total;
                }
                total += read;
            } catch (java.net.SocketTimeoutException e) {
                // still open; look again
            } catch (java.net.SocketException e) {
                return total;
            }
        }
        return Long.MAX_VALUE;
    }

    /** True if the server closed the connection (end of stream or a reset) within the time. */
    private static boolean closedByServerWithin(Socket socket, Duration time) throws IOException {
        long deadline = System.nanoTime() + time.toNanos();
        socket.setSoTimeout(500);
        InputStream in = socket.getInputStream();
        byte[] buffer = new byte[1 << 16];
        while (System.nanoTime() < deadline) {
            try {
                if (in.read(buffer) < 0) {
                    return true;
                }
            } catch (java.net.SocketTimeoutException e) {
                // still open; look again
            } catch (java.net.SocketException e) {
                return true;
            }
        }
        return false;
    }
}
