package io.framewise.testkit.metrics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The Prometheus metric names a Grafana dashboard queries, so a test can check that running services export each
 * one: {@code DashboardMetrics.namesIn(Path.of("monitoring/grafana/framewise-dashboard.json"))}.
 */
public final class DashboardMetrics {

    private static final Pattern STRINGS = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'");
    private static final Pattern LABEL_MATCHERS = Pattern.compile("\\{[^}]*}");
    private static final Pattern RANGES = Pattern.compile("\\[[^\\]]*]");
    private static final Pattern GROUPINGS =
            Pattern.compile("\\b(?:by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)");
    private static final Pattern VARIABLES = Pattern.compile("\\$\\{?\\w+}?");
    private static final Pattern IDENTIFIER = Pattern.compile("(?<![\\w.])([a-zA-Z_:][a-zA-Z0-9_:]*)(\\s*\\()?");
    private static final Pattern LABEL_VALUES = Pattern.compile("^\\s*label_values\\(\\s*([a-zA-Z_:][\\w:]*)\\s*[,{]");
    private static final Set<String> KEYWORDS = Set.of("and", "or", "unless", "offset", "bool", "inf", "nan",
            "by", "without", "on", "ignoring", "group_left", "group_right");

    private DashboardMetrics() {
    }

    /** Every metric name queried by the dashboard's panels and template variables, sorted, without duplicates. */
    public static List<String> namesIn(Path dashboard) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(dashboard.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var names = new TreeSet<String>();
        panelExpressions(root).forEach(expr -> names.addAll(namesInExpression(expr)));
        for (JsonNode variable : root.path("templating").path("list")) {
            if ("query".equals(variable.path("type").asText())) {
                Matcher m = LABEL_VALUES.matcher(variable.path("query").path("query").asText(variable.path("query").asText()));
                if (m.find()) {
                    names.add(m.group(1));
                }
            }
        }
        return List.copyOf(names);
    }

    /** The metric names of one PromQL expression: identifiers that are not functions, labels, keywords or variables. */
    public static Set<String> namesInExpression(String promql) {
        String bare = promql;
        for (Pattern noise : List.of(STRINGS, LABEL_MATCHERS, RANGES, GROUPINGS, VARIABLES)) {
            bare = noise.matcher(bare).replaceAll(" ");
        }
        var names = new TreeSet<String>();
        Matcher m = IDENTIFIER.matcher(bare);
        while (m.find()) {
            boolean function = m.group(2) != null;
            if (!function && !KEYWORDS.contains(m.group(1).toLowerCase())) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    static Stream<String> panelExpressions(JsonNode dashboard) {
        return Stream.of(dashboard.path("panels"))
                .flatMap(panels -> java.util.stream.StreamSupport.stream(panels.spliterator(), false))
                .flatMap(panel -> java.util.stream.StreamSupport.stream(panel.path("targets").spliterator(), false))
                .map(target -> target.path("expr").asText(""))
                .filter(expr -> !expr.isBlank());
    }
}
