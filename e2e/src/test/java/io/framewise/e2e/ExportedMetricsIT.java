package io.framewise.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.framewise.events.RenderReady;
import io.framewise.events.Topics;
import io.framewise.local.launcher.ServiceProcess;
import io.framewise.testkit.TestVideos;
import io.framewise.testkit.TopicClient;
import io.framewise.testkit.metrics.DashboardMetrics;
import io.framewise.testkit.metrics.PrometheusText;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The Grafana dashboard's contract, checked against the running processes: after a video came out READY and
 * one FAILED, every metric name the dashboard queries is exported by at least one service, and every sample of
 * them carries the tag application = the service that exported it.
 */
class ExportedMetricsIT {

    private static final Duration WAIT = Duration.ofMinutes(2);

    private final Gateway gateway = new Gateway(RunningStack.get().gatewayUrl());
    private final TopicClient kafka = new TopicClient(RunningStack.get().endpoints().kafkaBootstrapServers());

    @Test
    void everyMetricTheDashboardQueriesIsExportedByARunningService() throws Exception {
        String ready = gateway.upload(TestVideos.scenesWithPhotos(), "metrics.mp4");
        String failed = gateway.upload(TestVideos.broken(TestVideos.Broken.TEXT), "notes.mp4");
        for (String id : List.of(ready, failed)) {
            assertThat(kafka.collectForVideo(Topics.RENDER_READY, RenderReady.class, id, 1, WAIT)).hasSize(1);
        }
        List<String> queried = DashboardMetrics.namesIn(
                RunningStack.projectRoot().resolve("monitoring/grafana/framewise-dashboard.json"));
        assertThat(queried).contains("framewise_stage_duration_seconds_bucket", "framewise_videos_completed_total");

        // Counters move just after the events they count are sent: give the last of them a moment.
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(exporters(scrapeAll(), queried)).as("services exporting each queried metric")
                        .allSatisfy((name, services) -> assertThat(services).as(name).isNotEmpty()));

        scrapeAll().forEach((service, metrics) -> assertThat(metrics.samples())
                .filteredOn(sample -> queried.contains(sample.name()))
                .allSatisfy(sample -> assertThat(sample.labels()).as(service + " " + sample.name())
                        .containsEntry("application", service.replaceFirst("-\\d+$", ""))));
    }

    /** Each queried name, with the services (processes) whose samples include it. */
    private static Map<String, Set<String>> exporters(Map<String, PrometheusText> scrapes, List<String> names) {
        Map<String, Set<String>> exporters = new LinkedHashMap<>();
        for (String name : names) {
            Set<String> services = new TreeSet<>();
            scrapes.forEach((service, metrics) -> {
                if (metrics.names().contains(name)) {
                    services.add(service);
                }
            });
            exporters.put(name, services);
        }
        return exporters;
    }

    private static Map<String, PrometheusText> scrapeAll() {
        Map<String, PrometheusText> scrapes = new LinkedHashMap<>();
        for (ServiceProcess service : RunningStack.get().services()) {
            scrapes.put(service.name(), PrometheusText.scrape(service.managementUrl()));
        }
        return scrapes;
    }
}
