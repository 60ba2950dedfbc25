package io.framewise.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * values.schema.json declares every value of values.yaml (following $ref and allOf), so a typo or a wrong type in a
 * user's values is caught by Helm before anything renders. Free-form maps (annotations, nodeSelector ...) are declared
 * as objects, and what is under them is the user's.
 */
class ValuesSchemaCoverageTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyValueIsDeclaredInTheSchema() throws Exception {
        JsonNode schema = JSON.readTree(Repo.chart().resolve("values.schema.json").toFile());
        var undeclared = new ArrayList<String>();
        collect("", Yamls.load(Repo.chart().resolve("values.yaml")), schema, schema, undeclared);

        assertThat(undeclared).as("values without a schema entry").isEmpty();
    }

    private static void collect(String prefix, Map<String, Object> values, JsonNode node, JsonNode root, List<String> undeclared) {
        values.forEach((key, value) -> {
            String path = prefix.isEmpty() ? key : prefix + "." + key;
            JsonNode declared = property(node, key, root);
            if (declared == null) {
                undeclared.add(path);
            } else if (value instanceof Map<?, ?> map && !map.isEmpty() && hasProperties(declared, root)) {
                collect(path, Yamls.map(map), declared, root, undeclared);
            }
        });
    }

    /** The schema of a property, looked up through $ref and allOf. */
    private static JsonNode property(JsonNode node, String key, JsonNode root) {
        JsonNode resolved = resolve(node, root);
        if (resolved.path("properties").has(key)) {
            return resolved.path("properties").get(key);
        }
        for (JsonNode part : resolved.path("allOf")) {
            JsonNode found = property(part, key, root);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static boolean hasProperties(JsonNode node, JsonNode root) {
        JsonNode resolved = resolve(node, root);
        if (resolved.has("properties")) {
            return true;
        }
        for (JsonNode part : resolved.path("allOf")) {
            if (hasProperties(part, root)) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode resolve(JsonNode node, JsonNode root) {
        JsonNode current = node;
        while (current.has("$ref")) {
            current = root.at(current.get("$ref").asText().substring(1));
        }
        return current;
    }
}
