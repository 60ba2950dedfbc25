package io.framewise.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The pod specs of a rendering (Deployments', Jobs' templates and bare Pods), each with the object it is in. */
record PodSpecs(List<PodSpec> all) {

    record PodSpec(String owner, Map<String, Object> spec) {

        List<Map<String, Object>> containers() {
            var containers = new ArrayList<Map<String, Object>>();
            for (String field : new String[] {"initContainers", "containers"}) {
                Object list = spec.get(field);
                if (list != null) {
                    Yamls.list(list).forEach(c -> containers.add(Yamls.map(c)));
                }
            }
            return containers;
        }

        /** A securityContext field as the kubelet applies it: the container's, else the pod's. */
        Object effective(Map<String, Object> container, String field) {
            Object own = Yamls.at(container, "securityContext." + field);
            return own != null ? own : Yamls.at(spec, "securityContext." + field);
        }
    }

    static PodSpecs of(Manifests manifests) {
        var specs = new ArrayList<PodSpec>();
        for (var object : manifests.objects()) {
            String kind = String.valueOf(object.get("kind"));
            String owner = kind + "/" + Yamls.string(object, "metadata.name");
            Object spec = switch (kind) {
                case "Deployment", "Job", "StatefulSet", "DaemonSet" -> Yamls.at(object, "spec.template.spec");
                case "Pod" -> object.get("spec");
                default -> null;
            };
            if (spec != null) {
                specs.add(new PodSpec(owner, Yamls.map(spec)));
            }
        }
        return new PodSpecs(specs);
    }
}
