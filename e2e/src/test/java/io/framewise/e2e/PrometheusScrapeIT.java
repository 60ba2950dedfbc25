package io.framewise.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.framewise.events.RenderReady;
import io.framewise.events.Topics;
import io.framewise.testkit.TestVideos;
import io.framewise.testkit.TopicClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Debian's real Prometheus (if installed) scrapes every running service at /q/metrics: all targets are up, and a
 * dashboard-style query over a Framewise metric answers from the stored samples. Skipped, saying why, where the
 * {@code prometheus} package is not installed.
 */
class PrometheusScrapeIT {

    @Test
    void debiansPrometheusScrapesEveryServiceAndAnswersAFramewiseQuery() throws Exception {
        Optional<Path> binary = LocalPrometheus.installed();
        assumeTrue(binary.isPresent(), "Prometheus is not installed (Debian: apt-get install --no-install-recommends "
                + "prometheus); skipping the scrape by a real Prometheus");
        var stack = RunningStack.get();
        String id = new Gateway(stack.gatewayUrl()).upload(TestVideos.clip(Duration.ofSeconds(2), 320, 240, 15),
                "scraped.mp4");
        assertThat(new TopicClient(stack.endpoints().kafkaBootstrapServers())
                .collectForVideo(Topics.RENDER_READY, RenderReady.class, id, 1, Duration.ofMinutes(2))).hasSize(1);

        try (LocalPrometheus prometheus = LocalPrometheus.start(binary.get(), stack.services(),
                Files.createTempDirectory("framewise-prometheus"))) {
            Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
                JsonNode up = prometheus.query("up");
                assertThat(up).as("one target per service process (log: %s)", prometheus.log())
                        .hasSize(stack.services().size());
                assertThat(values(up)).as("every target up").containsOnly("1");
            });

            Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
                JsonNode consumed = prometheus.query("sum by (application) (framewise_events_consumed_total)");
                assertThat(applications(consumed)).contains("session-svc", "gif-svc", "capture-svc", "label-svc",
                        "status-svc", "gateway-svc");
                JsonNode endToEnd = prometheus.query("histogram_quantile(0.5, sum by (le) "
                        + "(framewise_stage_duration_seconds_bucket{stage=\"end_to_end\"}))");
                assertThat(values(endToEnd)).singleElement()
                        .satisfies(seconds -> assertThat(Double.parseDouble(seconds)).isPositive());
            });
        }
    }

    private static Set<String> applications(JsonNode result) {
        Set<String> names = new TreeSet<>();
        result.forEach(series -> names.add(series.path("metric").path("application").asText()));
        return names;
    }

    private static List<String> values(JsonNode result) {
        List<String> values = new ArrayList<>();
        result.forEach(series -> values.add(series.path("value").get(1).asText()));
        return values;
    }
}
