package io.framewise.testkit.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PrometheusTextTest {

    private static final String EXPOSITION = """
            # HELP framewise_events_consumed_total Kafka records received, by topic
            # TYPE framewise_events_consumed_total counter
            framewise_events_consumed_total{application="gif-svc",topic="render.start"} 3.0
            framewise_events_consumed_total{application="status-svc",topic="render.start"} 2.0
            framewise_events_consumed_total{application="status-svc",topic="labels.done"} 7.0
            framewise_stage_duration_seconds_bucket{application="gif-svc",stage="preview",le="+Inf"} 3
            process_cpu_usage 0.25
            odd_label{path="a \\"quoted\\" ,{x}"} 1 1712345678000
            """;

    @Test
    void readsNamesLabelsAndValues() {
        PrometheusText text = PrometheusText.parse(EXPOSITION);

        assertThat(text.names()).containsExactly("framewise_events_consumed_total",
                "framewise_stage_duration_seconds_bucket", "odd_label", "process_cpu_usage");
        assertThat(text.sum("framewise_events_consumed_total", "topic", "render.start")).isEqualTo(5.0);
        assertThat(text.sum("framewise_events_consumed_total", "application", "status-svc", "topic", "labels.done"))
                .isEqualTo(7.0);
        assertThat(text.find("framewise_stage_duration_seconds_bucket").get(0).labels())
                .containsEntry("le", "+Inf").containsEntry("stage", "preview");
        assertThat(text.find("odd_label").get(0).labels()).containsEntry("path", "a \"quoted\" ,{x}");
        assertThat(text.sum("process_cpu_usage")).isEqualTo(0.25);
        assertThat(text.sum("no_such_metric")).isZero();
    }

    @Test
    void measuresHowMuchACounterMovedBetweenTwoScrapes() {
        PrometheusText before = PrometheusText.parse("a_total{topic=\"x\"} 2.0\n");
        PrometheusText after = PrometheusText.parse("a_total{topic=\"x\"} 5.0\na_total{topic=\"y\"} 1.0\n");

        assertThat(after.increaseSince(before, "a_total", "topic", "x")).isEqualTo(3.0);
        assertThat(after.increaseSince(before, "a_total", "topic", "y")).isEqualTo(1.0);
    }

    @Test
    void refusesWhatIsNotAnExposition() {
        assertThatThrownBy(() -> PrometheusText.parse("<html>not found</html>"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
