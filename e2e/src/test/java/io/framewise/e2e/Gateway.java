package io.framewise.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The public HTTP API as a client program uses it (with the stack's API key), with the few assertions every call
 * shares. Presigned links go to the object store without it.
 */
final class Gateway {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;

    Gateway(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** {@code POST /videos} with the file as the raw body; returns the new video's id. */
    String upload(Path file, String filename) throws IOException, InterruptedException {
        return upload(file, filename, Map.of());
    }

    /** The same, with extra request headers (e.g. a W3C {@code traceparent}). */
    String upload(Path file, String filename, Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = RunningStack.request(URI.create(baseUrl + "/videos"))
                .header("Content-Type", "application/octet-stream").header("X-Filename", filename)
                .POST(HttpRequest.BodyPublishers.ofFile(file));
        headers.forEach(request::header);
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 202) {
            throw new AssertionError("upload answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body()).path("id").asText();
    }

    /**
     * The video as the API shows it once it is final. status-svc sends render.ready inside the transaction that
     * makes the video final, so a read right after the event can still see it processing for a moment.
     */
    JsonNode finalVideo(String id) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        JsonNode video = video(id);
        while (video.path("status").asInt() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
            video = video(id);
        }
        return video;
    }

    JsonNode video(String id) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(RunningStack.request(URI.create(baseUrl + "/videos/" + id))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new AssertionError("GET /videos/" + id + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    /** The ids {@code GET /videos?startswith=} lists for a name prefix (its first page). */
    List<String> idsNamedStartingWith(String prefix) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(RunningStack.request(URI.create(baseUrl + "/videos?startswith="
                + URLEncoder.encode(prefix, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new AssertionError("GET /videos answered " + response.statusCode() + ": " + response.body());
        }
        List<String> ids = new ArrayList<>();
        JSON.readTree(response.body()).path("items").forEach(item -> ids.add(item.path("id").asText()));
        return ids;
    }

    /** The status {@code GET /videos/{id}} answers: 200 while the video exists, 404 once deleted. */
    int videoStatusCode(String id) throws IOException, InterruptedException {
        return http.send(RunningStack.request(URI.create(baseUrl + "/videos/" + id)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** {@code POST /people}: a known person with JPEG photos (multipart); returns the person's id. */
    String enrol(String name, List<byte[]> photos) throws IOException, InterruptedException {
        String boundary = "framewise-" + java.util.UUID.randomUUID();
        var body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\n" + name + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < photos.size(); i++) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"photo" + i
                    + ".jpg\"\r\nContent-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(photos.get(i));
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = http.send(RunningStack.request(URI.create(baseUrl + "/people"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new AssertionError("POST /people answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body()).path("id").asText();
    }

    /** The ids {@code GET /videos?<name>=<value>} lists (its first page). */
    List<String> idsFound(String name, String value) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(RunningStack.request(URI.create(baseUrl + "/videos?" + name + "="
                + URLEncoder.encode(value, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new AssertionError("GET /videos?" + name + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        List<String> ids = new ArrayList<>();
        JSON.readTree(response.body()).path("items").forEach(item -> ids.add(item.path("id").asText()));
        return ids;
    }

    /** GETs a path of the gateway (e.g. {@code /videos/{id}/files/hls/master.m3u8}) and returns the body. */
    byte[] get(String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(RunningStack.request(URI.create(baseUrl + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + response.statusCode());
        }
        return response.body();
    }

    /** GETs a (presigned) URL and returns the body's bytes. */
    byte[] download(String url) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + url + " answered " + response.statusCode());
        }
        return response.body();
    }

    static JsonNode parse(byte[] json) throws IOException {
        return JSON.readTree(json);
    }
}
