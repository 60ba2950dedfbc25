package io.framewise.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.framewise.local.infra.Ports;
import io.framewise.local.launcher.ServiceProcess;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The real Prometheus server (Debian's {@code prometheus} package) scraping the running services: one job per
 * service, named after it as in {@code monitoring/prometheus.yml}, its replicas as targets, every second.
 */
final class LocalPrometheus implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final String url;
    private final Path log;

    private LocalPrometheus(Process process, String url, Path log) {
        this.process = process;
        this.url = url;
        this.log = log;
    }

    /** The installed server: {@code /usr/bin/prometheus}, or {@code prometheus} on the PATH. */
    static Optional<Path> installed() {
        return Stream.concat(Stream.of("/usr/bin"), Stream.of(System.getenv().getOrDefault("PATH", "").split(":")))
                .filter(dir -> !dir.isBlank())
                .map(dir -> Path.of(dir, "prometheus"))
                .filter(Files::isExecutable)
                .findFirst();
    }

    static LocalPrometheus start(Path binary, List<ServiceProcess> services, Path workDir)
            throws IOException, InterruptedException {
        Path config = Files.writeString(workDir.resolve("prometheus.yml"), config(services));
        int port = Ports.free();
        Path log = workDir.resolve("prometheus.log");
        Process process = new ProcessBuilder(binary.toString(), "--config.file=" + config,
                "--storage.tsdb.path=" + Files.createDirectories(workDir.resolve("data")),
                "--web.listen-address=127.0.0.1:" + port)
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        LocalPrometheus prometheus = new LocalPrometheus(process, "http://127.0.0.1:" + port, log);
        prometheus.awaitReady(Duration.ofSeconds(30));
        return prometheus;
    }

    static String config(List<ServiceProcess> services) {
        Map<String, List<String>> targets = services.stream().collect(Collectors.groupingBy(
                s -> s.name().replaceFirst("-\\d+$", ""), LinkedHashMap::new,
                Collectors.mapping(s -> "'127.0.0.1:" + s.managementPort() + "'", Collectors.toList())));
        StringBuilder yaml = new StringBuilder("""
                global:
                  scrape_interval: 1s
                  scrape_timeout: 1s
                scrape_configs:
                """);
        targets.forEach((job, addresses) -> yaml.append("  - job_name: ").append(job).append('\n')
                .append("    metrics_path: /q/metrics\n")
                .append("    static_configs:\n      - targets: [").append(String.join(", ", addresses)).append("]\n"));
        return yaml.toString();
    }

    /** An instant query through the HTTP API: the {@code data.result} array. */
    JsonNode query(String promql) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url + "/api/v1/query?query="
                + URLEncoder.encode(promql, StandardCharsets.UTF_8))).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode body = JSON.readTree(response.body());
        if (response.statusCode() != 200 || !"success".equals(body.path("status").asText())) {
            throw new IllegalStateException("query " + promql + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return body.path("data").path("result");
    }

    Path log() {
        return log;
    }

    private void awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("prometheus exited with " + process.exitValue() + "; see " + log);
            }
            try {
                if (HTTP.send(HttpRequest.newBuilder(URI.create(url + "/-/ready")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(200);
        }
        close();
        throw new IllegalStateException("prometheus not ready within " + timeout + "; see " + log);
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
