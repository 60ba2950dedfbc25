package io.framewise.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every value in values.yaml has a `## @param` line, and helm/README.md's table lists every one. */
class ValuesDocumentationTest {

    private static final Pattern PARAM = Pattern.compile("^\\s*## @param (\\S+) \\S.*$", Pattern.MULTILINE);

    @Test
    void everyValueIsDocumentedByItselfOrItsEnclosingBlock() throws Exception {
        var params = params();
        var leaves = new ArrayList<String>();
        collectLeaves("", Yamls.load(Repo.chart().resolve("values.yaml")), leaves);

        assertThat(leaves).isNotEmpty().allSatisfy(leaf -> assertThat(params)
                .as("a `## @param` for %s or a block around it", leaf)
                .anyMatch(p -> leaf.equals(p) || leaf.startsWith(p + ".")));
    }

    @Test
    void everyParamNamesAValue() throws Exception {
        var values = Yamls.load(Repo.chart().resolve("values.yaml"));

        assertThat(params()).allSatisfy(p -> assertThat(exists(values, p)).as("value %s", p).isTrue());
    }

    @Test
    void readmeTableListsEveryParam() throws Exception {
        String readme = Files.readString(Repo.root().resolve("helm/README.md"));

        assertThat(params()).allSatisfy(p -> assertThat(readme).contains("| `" + p + "` |"));
    }

    private static List<String> params() throws Exception {
        return PARAM.matcher(Files.readString(Repo.chart().resolve("values.yaml"))).results()
                .map(m -> m.group(1)).toList();
    }

    private static void collectLeaves(String prefix, Map<String, Object> node, List<String> leaves) {
        node.forEach((key, value) -> {
            String path = prefix.isEmpty() ? key : prefix + "." + key;
            if (value instanceof Map<?, ?> map && !map.isEmpty()) {
                collectLeaves(path, Yamls.map(map), leaves);
            } else {
                leaves.add(path);
            }
        });
    }

    private static boolean exists(Map<String, Object> values, String path) {
        Object node = values;
        for (String key : path.split("\\.")) {
            if (!(node instanceof Map<?, ?> map) || !map.containsKey(key)) {
                return false;
            }
            node = map.get(key);
        }
        return true;
    }
}
