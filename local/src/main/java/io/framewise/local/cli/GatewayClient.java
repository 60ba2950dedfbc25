package io.framewise.local.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.framewise.events.serde.EventJson;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The public gateway API, as a command-line user's program sees it, and the gateway's readiness on its management
 * interface.
 */
public final class GatewayClient {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final String baseUrl;
    private final String managementUrl;
    private final java.util.Optional<String> apiKey;

    /**
     * A client of the gateway at {@code baseUrl} (its health at {@code managementUrl}), sending {@code apiKey}
     * (FRAMEWISE_API_KEY) if it needs one.
     */
    public GatewayClient(String baseUrl, String managementUrl, java.util.Optional<String> apiKey) {
        this.baseUrl = baseUrl;
        this.managementUrl = managementUrl;
        this.apiKey = apiKey;
    }

    public boolean isReady() {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(managementUrl + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(3)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Streams the file as the request body; returns the new video's id. */
    public String upload(Path file) throws IOException, InterruptedException {
        HttpRequest request = api("/videos")
                .header("Content-Type", "application/octet-stream")
                .header("X-Filename", URLEncoder.encode(file.getFileName().toString(), StandardCharsets.UTF_8)
                        .replace('+', ' '))
                .POST(HttpRequest.BodyPublishers.ofFile(file))
                .build();
        JsonNode body = send(request, 202);
        return body.path("id").asText();
    }

    /** S1's metadata response for the video. */
    public JsonNode video(String id) throws IOException, InterruptedException {
        return send(api("/videos/" + id).GET().build(), 200);
    }

    public String fetchText(String url) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("GET " + url + " answered " + response.statusCode());
        }
        return response.body();
    }

    private HttpRequest.Builder api(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path));
        apiKey.ifPresent(key -> request.header("X-Api-Key", key));
        return request;
    }

    private JsonNode send(HttpRequest request, int expected) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            String message = response.body();
            try {
                message = EventJson.mapper().readTree(response.body()).path("Message").asText(message);
            } catch (IOException notJson) {
                // keep the raw body
            }
            throw new IOException(request.method() + " " + request.uri().getPath() + " answered "
                    + response.statusCode() + ": " + message);
        }
        return EventJson.mapper().readTree(response.body());
    }
}
