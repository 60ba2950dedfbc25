package io.framewise.local.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.framewise.local.launcher.ServiceSpec;
import io.framewise.local.launcher.Stack;
import io.framewise.local.launcher.StackOptions;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ./framewise process FILE [--json]}: one video end to end through the real services. Uses the
 * stack that {@code ./framewise up} runs if there is one, else starts one for the run and stops it after.
 */
public final class ProcessCommand {

    private static final Duration TIMEOUT = Duration.ofMinutes(30);

    private final StackOptions options;
    private final PrintStream out;
    private final PrintStream progress;

    public ProcessCommand(StackOptions options, PrintStream out, PrintStream progress) {
        this.options = options;
        this.out = out;
        this.progress = progress;
    }

    /** Returns the process exit code: 0 READY, 1 FAILED. */
    public int run(Path file, boolean json) throws IOException, InterruptedException {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no such file: " + file);
        }
        GatewayClient running = new GatewayClient("http://localhost:" + options.httpPort(),
                "http://127.0.0.1:" + options.managementPortOf(ServiceSpec.named("gateway-svc"), 0),
                options.access().apiKey());
        if (running.isReady()) {
            progress.println("using the running stack at http://localhost:" + options.httpPort());
            return process(running, file, json);
        }
        progress.println("no stack running on port " + options.httpPort() + "; starting one for this run");
        try (Stack stack = Stack.start(options, step -> progress.println("  " + step))) {
            return process(new GatewayClient(stack.gatewayUrl(), stack.gatewayManagementUrl(),
                    options.access().apiKey()), file, json);
        }
    }

    private int process(GatewayClient gateway, Path file, boolean json) throws IOException, InterruptedException {
        long started = System.nanoTime();
        String id = gateway.upload(file);
        progress.printf("uploaded %s as video %s (%d bytes)%n", file.getFileName(), id, Files.size(file));
        JsonNode video = awaitOutcome(gateway, id, started);
        double seconds = (System.nanoTime() - started) / 1e9;
        if (video.path("status").asInt() != 1) {
            progress.printf("FAILED after %.1f s: %s%n", seconds, video.path("error").asText("unknown reason"));
            return 1;
        }
        progress.printf("READY in %.1f s%n", seconds);
        if (json) {
            out.println(gateway.fetchText(video.path("metadataUrl").asText()));
        } else {
            printSummary(video);
        }
        return 0;
    }

    private JsonNode awaitOutcome(GatewayClient gateway, String id, long started)
            throws IOException, InterruptedException {
        String lastLine = "";
        long deadline = started + TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode video = gateway.video(id);
            if (video.path("status").asInt() != 0) {
                return video;
            }
            String line = progressLine(video);
            if (!line.equals(lastLine)) {
                progress.printf("  %5.1f s  %s%n", (System.nanoTime() - started) / 1e9, line);
                lastLine = line;
            }
            Thread.sleep(300);
        }
        throw new IllegalStateException("video " + id + " not finished after " + TIMEOUT.toMinutes() + " minutes");
    }

    private static String progressLine(JsonNode video) {
        List<String> pending = new ArrayList<>();
        video.path("pendingStages").forEach(stage -> pending.add(stage.asText()));
        int labelled = 0;
        for (JsonNode capture : video.path("labels")) {
            if (!capture.path("labels").isEmpty()) {
                labelled++;
            }
        }
        return "waiting for " + (pending.isEmpty() ? "completion" : String.join(", ", pending))
                + (video.path("gifUrl").isNull() ? "" : "; preview done")
                + (video.path("labels").isEmpty() ? "" : "; captures " + video.path("labels").size()
                + ", labelled " + labelled);
    }

    private void printSummary(JsonNode video) {
        out.println("labels:");
        for (JsonNode label : video.path("allLabels")) {
            out.printf("  %-20s %5.1f%%%n", label.path("Name").asText(), label.path("Confidence").asDouble());
        }
        if (video.path("allLabels").isEmpty()) {
            out.println("  (none above the confidence threshold)");
        }
        video.path("people").forEach(person -> out.printf("person:   %s (from %.1f s, in %d capture(s))%n",
                person.path("name").asText(), person.path("appearances").path(0).path("time").asDouble(),
                person.path("appearances").size()));
        if (video.has("transcript")) {
            String text = video.path("transcript").path("text").asText();
            out.println("speech:   " + (text.isBlank() ? "(none recognised)"
                    : text.length() > 160 ? text.substring(0, 157) + "..." : text));
        }
        out.println("captures: " + video.path("labels").size());
        out.println("gif:      " + video.path("gifUrl").asText());
        out.println("webp:     " + video.path("webpUrl").asText());
        out.println("metadata: " + video.path("metadataUrl").asText());
        video.path("renditions").forEach(rendition -> out.printf("%-9s %s%n", rendition.path("name").asText() + ":",
                rendition.path("url").asText()));
        if (video.path("audio").has("url")) {
            out.println("mp3:      " + video.path("audio").path("url").asText());
        }
    }
}
