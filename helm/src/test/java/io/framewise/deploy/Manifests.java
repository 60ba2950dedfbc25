package io.framewise.deploy;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The Kubernetes objects of one rendering of the chart. */
record Manifests(List<Map<String, Object>> objects) {

    static Manifests parse(String yaml) {
        return new Manifests(Yamls.loadAll(yaml));
    }

    List<Map<String, Object>> ofKind(String kind) {
        return objects.stream().filter(o -> kind.equals(o.get("kind"))).toList();
    }

    Optional<Map<String, Object>> find(String kind, String name) {
        return ofKind(kind).stream().filter(o -> name.equals(Yamls.string(o, "metadata.name"))).findFirst();
    }

    Map<String, Object> get(String kind, String name) {
        return find(kind, name).orElseThrow(() -> new AssertionError(
                "no " + kind + " named " + name + "; rendered: " + objects.stream()
                        .map(o -> o.get("kind") + "/" + Yamls.string(o, "metadata.name")).toList()));
    }

    /** The single container of a component's Deployment. */
    Map<String, Object> container(Component component) {
        return Yamls.map(Yamls.at(get("Deployment", Chart.name(component)), "spec.template.spec.containers[0]"));
    }

    /** A container's environment variables, each as its EnvVar map. */
    static List<Map<String, Object>> env(Map<String, Object> container) {
        return Yamls.list(container.get("env")).stream().map(Yamls::map).toList();
    }

    static Optional<Map<String, Object>> envVar(Map<String, Object> container, String name) {
        return env(container).stream().filter(e -> name.equals(e.get("name"))).findFirst();
    }
}
