package io.framewise.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.framewise.testkit.metrics.DashboardMetrics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/** monitoring/grafana/framewise-dashboard.json: valid, every panel queries something, and only the agreed metrics. */
class DashboardTest {

    @Test
    void everyPanelHasADatasourceAndAQuery() throws Exception {
        JsonNode dashboard = dashboard();

        assertThat(dashboard.path("uid").asText()).isEqualTo("framewise");
        assertThat(dashboard.path("panels")).hasSizeGreaterThanOrEqualTo(10);
        for (JsonNode panel : dashboard.path("panels")) {
            String title = panel.path("title").asText();
            if (isRow(panel)) {
                // A collapsed row would hide its panels from DashboardMetrics (and from the checks here).
                assertThat(panel.path("collapsed").asBoolean(true)).as(title + " collapsed").isFalse();
                assertThat(panel.path("panels")).as(title + " nested panels").isEmpty();
                continue;
            }
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
                "framewise_transcode_progress",
                "framewise_videos_completed_total",
                "framewise_work_in_flight",
                "http_server_requests_seconds_count",
                "jvm_memory_used_bytes",
                "kafka_consumer_fetch_manager_records_lag_max",
                "process_cpu_usage");
    }

    @Test
    void theLaterStagesHaveTheirOwnPanels() throws Exception {
        var queries = new ArrayList<String>();
        for (JsonNode panel : dashboard().path("panels")) {
            panel.path("targets").forEach(t -> queries.add(t.path("expr").asText()));
        }

        for (String stage : List.of("storyboard", "transcode", "transcribe")) {
            assertThat(queries).as("a query of stage " + stage)
                    .anyMatch(q -> q.contains("framewise_stage_duration_seconds_bucket") && q.contains(stage));
        }
        assertThat(queries).anyMatch(q -> q.contains("framewise_transcode_progress"));
        assertThat(queries).anyMatch(q -> q.contains("records_lag_max") && q.contains("transcode-svc|transcribe-svc"));
    }

    @Test
    void panelsDoNotOverlap() throws Exception {
        var panels = StreamSupport.stream(dashboard().path("panels").spliterator(), false).toList();

        for (int i = 0; i < panels.size(); i++) {
            for (int j = i + 1; j < panels.size(); j++) {
                JsonNode a = panels.get(i).path("gridPos");
                JsonNode b = panels.get(j).path("gridPos");
                boolean overlap = a.path("x").asInt() < b.path("x").asInt() + b.path("w").asInt()
                        && b.path("x").asInt() < a.path("x").asInt() + a.path("w").asInt()
                        && a.path("y").asInt() < b.path("y").asInt() + b.path("h").asInt()
                        && b.path("y").asInt() < a.path("y").asInt() + a.path("h").asInt();
                assertThat(overlap).as(panels.get(i).path("title").asText() + " / " + panels.get(j).path("title").asText())
                        .isFalse();
                assertThat(a.path("x").asInt() + a.path("w").asInt()).as("inside the 24 columns").isLessThanOrEqualTo(24);
            }
        }
    }

    /** Every query parses as PromQL: promtool (Debian package prometheus) checks them as recording rules. */
    @Test
    void everyQueryIsValidPromQl() throws Exception {
        Assumptions.assumeTrue(ComposeFileTest.onPath("promtool"),
                "promtool is not installed (apt-get install prometheus); skipping the PromQL check");
        var rules = new ArrayList<Map<String, String>>();
        for (JsonNode panel : dashboard().path("panels")) {
            for (JsonNode target : panel.path("targets")) {
                String expr = target.path("expr").asText().replace("$__rate_interval", "5m").replace("$__range", "1h")
                        .replace("$application", ".*");
                rules.add(Map.of("record", "panel_" + panel.path("id").asInt() + "_" + target.path("refId").asText(),
                        "expr", expr));
            }
        }
        Path file = Files.createTempFile("dashboard-rules", ".yml");
        try {
            var options = new DumperOptions();
            options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
            Files.writeString(file, new Yaml(options).dump(Map.of("groups", List.of(Map.of("name", "dashboard", "rules", rules)))));
            Process process = new ProcessBuilder("promtool", "check", "rules", file.toString()).redirectErrorStream(true).start();
            assertThat(process.waitFor(1, TimeUnit.MINUTES)).isTrue();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.exitValue()).as(output).isZero();
            assertThat(output).contains(rules.size() + " rules found");
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void metricNamesLeaveOutFunctionsLabelsAndVariables() {
        assertThat(DashboardMetrics.namesInExpression(
                "histogram_quantile(0.95, sum by (le, stage) (rate(a_seconds_bucket{application=~\"$application\", "
                        + "stage!=\"end_to_end\"}[$__rate_interval]))) / on(stage) group_left b_total offset 5m"))
                .containsExactly("a_seconds_bucket", "b_total");
    }

    private static JsonNode dashboard() throws java.io.IOException {
        return new ObjectMapper().readTree(Repo.dashboard().toFile());
    }

    private static boolean isRow(JsonNode panel) {
        return "row".equals(panel.path("type").asText());
    }

    @Test
    void chartCarriesAnIdenticalCopy() throws Exception {
        assertThat(Files.mismatch(Repo.dashboard(), Repo.chartDashboard()))
                .as("helm/framewise/dashboards/ must be a copy of monitoring/grafana/framewise-dashboard.json: "
                        + "cp monitoring/grafana/framewise-dashboard.json helm/framewise/dashboards/")
                .isEqualTo(-1L);
    }
}
