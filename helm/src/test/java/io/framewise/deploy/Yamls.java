package io.framewise.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.yaml.snakeyaml.LoaderOptions;

/** YAML reading for the tests: SnakeYAML (it resolves anchors and merge keys) plus a dotted-path navigator. */
final class Yamls {

    private Yamls() {
    }

    static Map<String, Object> load(Path file) {
        try {
            return map(newYaml().load(Files.readString(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every non-empty document of a multi-document stream, such as helm template's output. */
    static List<Map<String, Object>> loadAll(String yaml) {
        var documents = new ArrayList<Map<String, Object>>();
        StreamSupport.stream(newYaml().loadAll(yaml).spliterator(), false)
                .filter(Map.class::isInstance)
                .forEach(doc -> documents.add(map(doc)));
        return documents;
    }

    /**
     * The value at a dotted path, where a segment may end in an index: {@code spec.template.spec.containers[0].image}.
     * Null when a segment is missing.
     */
    static Object at(Object node, String path) {
        Object current = node;
        for (String segment : path.split("\\.")) {
            int bracket = segment.indexOf('[');
            String key = bracket < 0 ? segment : segment.substring(0, bracket);
            current = current instanceof Map<?, ?> m ? m.get(key) : null;
            if (bracket >= 0 && current != null) {
                int index = Integer.parseInt(segment.substring(bracket + 1, segment.length() - 1));
                current = list(current).size() > index ? list(current).get(index) : null;
            }
            if (current == null) {
                return null;
            }
        }
        return current;
    }

    static String string(Object node, String path) {
        Object value = at(node, path);
        return value == null ? null : value.toString();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object node) {
        return (Map<String, Object>) node;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object node) {
        return (List<Object>) node;
    }

    private static org.yaml.snakeyaml.Yaml newYaml() {
        var options = new LoaderOptions();
        options.setMaxAliasesForCollections(200);
        return new org.yaml.snakeyaml.Yaml(options);
    }
}
