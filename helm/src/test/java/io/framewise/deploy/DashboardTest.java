package io.framewise.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.framewise.testkit.metrics.DashboardMetrics;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** monitoring/grafana/framewise-dashboard.json: valid, every panel queries something, and only the agreed metrics. */
class DashboardTest {

    @Test
    void everyPanelHasADatasourceAndAQuery() throws Exception {
        JsonNode dashboard = new ObjectMapper().readTree(Repo.dashboard().toFile());

        assertThat(dashboard.path("uid").asText()).isEqualTo("framewise");
        assertThat(dashboard.path("panels")).hasSizeGreaterThanOrEqualTo(10);
        for (JsonNode panel : dashboard.path("panels")) {
            String title = panel.path("title").asText();
            assertThat(panel.path("datasource").path("type").asText()).as(title).isEqualTo("prometheus");
            assertThat(panel.path("datasource").path("uid").asText()).as(title).isEqualTo("${datasource}");
            assertThat(panel.path("targets")).as(title).isNotEmpty()
                    .allSatisfy(t -> assertThat(t.path("expr").asText()).as(title).isNotBlank());
            assertThat(panel.path("gridPos").path("w").asInt()).as(title).isPositive();
        }
        assertThat(dashboard.path("templating").path("list")).extracting(v -> v.path("name").asText())
                .contains("datasource", "application");
    }

    @Test
    void queriesExactlyTheMetricsTheServicesAgreedToExport() {
        assertThat(DashboardMetrics.namesIn(Repo.dashboard())).containsExactly(
                "framewise_events_consumed_total",
                "framewise_events_produced_total",
                "framewise_stage_duration_seconds_bucket",
                "framewise_stage_duration_seconds_count",
                "framewise_stage_duration_seconds_sum",
                "framewise_stage_failures_total",
                "framewise_storage_bytes_total",
                "framewise_videos_completed_total",
                "framewise_work_in_flight",
                "http_server_requests_seconds_count",
                "jvm_memory_used_bytes",
                "kafka_consumer_fetch_manager_records_lag_max",
                "process_cpu_usage");
    }

    @Test
    void metricNamesLeaveOutFunctionsLabelsAndVariables() {
        assertThat(DashboardMetrics.namesInExpression(
                "histogram_quantile(0.95, sum by (le, stage) (rate(a_seconds_bucket{application=~\"$application\", "
                        + "stage!=\"end_to_end\"}[$__rate_interval]))) / on(stage) group_left b_total offset 5m"))
                .containsExactly("a_seconds_bucket", "b_total");
    }

    @Test
    void chartCarriesAnIdenticalCopy() throws Exception {
        assertThat(Files.mismatch(Repo.dashboard(), Repo.chartDashboard()))
                .as("helm/framewise/dashboards/ must be a copy of monitoring/grafana/framewise-dashboard.json: "
                        + "cp monitoring/grafana/framewise-dashboard.json helm/framewise/dashboards/")
                .isEqualTo(-1L);
    }
}
