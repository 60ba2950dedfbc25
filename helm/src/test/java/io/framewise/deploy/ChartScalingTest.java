package io.framewise.deploy;

import static io.framewise.deploy.Yamls.at;
import static io.framewise.deploy.Yamls.string;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Replica counts, the workers' HPAs, KEDA's ScaledObjects and the ServiceMonitor follow the values. */
class ChartScalingTest {

    @Test
    void workerReplicaCountsFollowValues() {
        var manifests = Chart.render("gif.replicaCount=3", "capture.replicaCount=2", "label.replicaCount=4",
                "transcode.replicaCount=5", "transcribe.replicaCount=2");

        assertThat(at(manifests.get("Deployment", Chart.name(Component.GIF)), "spec.replicas")).isEqualTo(3);
        assertThat(at(manifests.get("Deployment", Chart.name(Component.CAPTURE)), "spec.replicas")).isEqualTo(2);
        assertThat(at(manifests.get("Deployment", Chart.name(Component.LABEL)), "spec.replicas")).isEqualTo(4);
        assertThat(at(manifests.get("Deployment", Chart.name(Component.TRANSCODE)), "spec.replicas")).isEqualTo(5);
        assertThat(at(manifests.get("Deployment", Chart.name(Component.TRANSCRIBE)), "spec.replicas")).isEqualTo(2);
        assertThat(at(manifests.get("Deployment", Chart.name(Component.SESSION)), "spec.replicas")).isEqualTo(1);
    }

    @Test
    void workersGetACpuHpaWhenEnabledAndLeaveTheirReplicaCountToIt() {
        var settings = Component.workers().stream().flatMap(c -> java.util.stream.Stream.of(
                c.valuesKey + ".autoscaling.hpa.enabled=true",
                c.valuesKey + ".autoscaling.hpa.minReplicas=2",
                c.valuesKey + ".autoscaling.hpa.maxReplicas=9",
                c.valuesKey + ".autoscaling.hpa.targetCPU=65")).toArray(String[]::new);
        var manifests = Chart.render(settings);

        assertThat(manifests.ofKind("HorizontalPodAutoscaler")).hasSize(Component.workers().size());
        for (Component worker : Component.workers()) {
            var hpa = manifests.get("HorizontalPodAutoscaler", Chart.name(worker));
            assertThat(string(hpa, "spec.scaleTargetRef.name")).isEqualTo(Chart.name(worker));
            assertThat(at(hpa, "spec.minReplicas")).isEqualTo(2);
            assertThat(at(hpa, "spec.maxReplicas")).isEqualTo(9);
            assertThat(at(hpa, "spec.metrics[0].resource.name")).isEqualTo("cpu");
            assertThat(at(hpa, "spec.metrics[0].resource.target.averageUtilization")).isEqualTo(65);
            assertThat(at(manifests.get("Deployment", Chart.name(worker)), "spec.replicas")).as("replicas").isNull();
        }
        assertThat(manifests.ofKind("ScaledObject")).isEmpty();
    }

    @Test
    void kedaScalesEveryConsumerOnItsGroupsLagAndReplacesTheHpa() {
        var manifests = Chart.render("keda.enabled=true", "gif.autoscaling.hpa.enabled=true",
                "transcode.autoscaling.hpa.enabled=true", "kafka.bootstrapServers=kafka.data:9092",
                "label.keda.maxReplicas=6", "transcode.keda.lagThreshold=3");

        var scaled = Arrays.stream(Component.values()).filter(c -> c.kedaTopic().isPresent()).toList();
        assertThat(manifests.ofKind("ScaledObject")).hasSize(scaled.size());
        for (Component component : scaled) {
            var scaledObject = manifests.get("ScaledObject", Chart.name(component));
            assertThat(string(scaledObject, "spec.scaleTargetRef.name")).isEqualTo(Chart.name(component));
            assertThat(string(scaledObject, "spec.triggers[0].type")).isEqualTo("kafka");
            assertThat(string(scaledObject, "spec.triggers[0].metadata.consumerGroup")).isEqualTo(component.service);
            assertThat(string(scaledObject, "spec.triggers[0].metadata.topic")).isEqualTo(component.kedaTopic().get());
            assertThat(string(scaledObject, "spec.triggers[0].metadata.bootstrapServers")).isEqualTo("kafka.data:9092");
            assertThat(at(manifests.get("Deployment", Chart.name(component)), "spec.replicas")).isNull();
        }
        assertThat(at(manifests.get("ScaledObject", Chart.name(Component.LABEL)), "spec.maxReplicaCount")).isEqualTo(6);
        assertThat(string(manifests.get("ScaledObject", Chart.name(Component.TRANSCODE)), "spec.triggers[0].metadata.lagThreshold"))
                .isEqualTo("3");
        assertThat(manifests.ofKind("HorizontalPodAutoscaler")).as("KEDA owns the HPA").isEmpty();
    }

    @Test
    void serviceMonitorScrapesEveryServiceWhenEnabled() {
        var manifests = Chart.render("metrics.serviceMonitor.enabled=true",
                "metrics.serviceMonitor.labels.release=kube-prometheus-stack");

        var monitor = manifests.get("ServiceMonitor", Chart.FULLNAME);
        assertThat(string(monitor, "metadata.labels.release")).isEqualTo("kube-prometheus-stack");
        assertThat(string(monitor, "spec.endpoints[0].path")).isEqualTo("/q/metrics");
        assertThat(string(monitor, "spec.endpoints[0].port")).isEqualTo("management");
        var selector = Yamls.map(at(monitor, "spec.selector.matchLabels"));
        var selected = manifests.ofKind("Service").stream()
                .filter(service -> Yamls.map(at(service, "metadata.labels")).entrySet().containsAll(selector.entrySet()))
                .toList();
        assertThat(selected).as("the management Services, and only they").hasSize(Component.values().length)
                .extracting(o -> string(o, "metadata.name"))
                .allMatch(name -> name.endsWith("-mgmt"))
                .contains(Chart.name(Component.TRANSCODE) + "-mgmt", Chart.name(Component.TRANSCRIBE) + "-mgmt");
        assertThat(selected).allSatisfy(service -> assertThat(string(service, "spec.ports[0].name")).isEqualTo("management"));
    }

    @Test
    void gatewayIngressWhenEnabled() {
        var manifests = Chart.render("gateway.ingress.enabled=true", "gateway.ingress.hostname=video.example.com",
                "gateway.ingress.tls=true");

        var ingress = manifests.get("Ingress", Chart.name(Component.GATEWAY));
        assertThat(string(ingress, "spec.rules[0].host")).isEqualTo("video.example.com");
        assertThat(string(ingress, "spec.rules[0].http.paths[0].backend.service.name")).isEqualTo(Chart.name(Component.GATEWAY));
        assertThat(string(ingress, "spec.tls[0].secretName")).isEqualTo("video.example.com-tls");
    }
}
