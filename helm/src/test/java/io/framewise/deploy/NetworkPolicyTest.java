package io.framewise.deploy;

import static io.framewise.deploy.Yamls.at;
import static io.framewise.deploy.Yamls.string;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * One NetworkPolicy per component: only gateway-svc's HTTP port is open to the outside, status-svc's to gateway-svc
 * alone, management ports to the configured peers; egress is DNS, Kafka, S3 and PostgreSQL on their ports.
 */
class NetworkPolicyTest {

    private static final Manifests DEFAULTS = Chart.renderWithHooks();

    @Test
    void everyPodOfTheChartIsSelectedByAPolicyOfItsOwn() {
        for (var pod : PodSpecs.of(DEFAULTS).all()) {
            String component = pod.owner().substring(pod.owner().indexOf('/') + 1).substring(Chart.FULLNAME.length() + 1);
            var policy = DEFAULTS.get("NetworkPolicy", Chart.name(component));
            assertThat(Yamls.map(at(policy, "spec.podSelector.matchLabels")))
                    .containsEntry("app.kubernetes.io/component", component).containsEntry("app.kubernetes.io/instance", Chart.RELEASE);
            assertThat(Yamls.list(at(policy, "spec.policyTypes"))).as(component).containsExactly("Ingress", "Egress");
        }
    }

    @Test
    void onlyTheGatewaysHttpPortIsOpenAndStatusSvcsOnlyToTheGateway() {
        for (Component component : Component.values()) {
            var ingress = ingress(DEFAULTS, component.service);
            var httpRules = ingress.stream().filter(rule -> ports(rule).contains("http")).toList();
            switch (component) {
                case GATEWAY -> assertThat(httpRules).singleElement().satisfies(rule -> assertThat(rule)
                        .as("no from: anyone, the Ingress controller included").doesNotContainKey("from"));
                case STATUS -> assertThat(httpRules).singleElement()
                        .satisfies(rule -> assertThat(Yamls.list(rule.get("from"))).singleElement()
                                .satisfies(peer -> assertThat(Yamls.map(at(peer, "podSelector.matchLabels")))
                                        .containsEntry("app.kubernetes.io/component", "gateway-svc")));
                default -> assertThat(httpRules).as("%s serves no one over HTTP", component.service).isEmpty();
            }
            var management = ingress.stream().filter(rule -> ports(rule).contains("management")).toList();
            assertThat(management).as(component.service).singleElement().satisfies(rule -> assertThat(Yamls.list(rule.get("from")))
                    .as("every pod of the cluster, and the helm test").containsExactly(Map.of("namespaceSelector", Map.of()),
                            Map.of("podSelector", Map.of("matchLabels", Map.of("app.kubernetes.io/name", "framewise",
                                    "app.kubernetes.io/instance", Chart.RELEASE, "app.kubernetes.io/component", "helm-test")))));
            assertThat(ingress).as(component.service).hasSize(management.size() + httpRules.size());
        }
    }

    @Test
    void egressIsDnsKafkaStorageAndTheDatabaseOnTheirPorts() {
        var manifests = Chart.renderWithHooks("kafka.bootstrapServers=kafka-0.data:9093,kafka-1.data:9093,kafka-2.data:9094",
                "storage.endpoint=https://s3.example.com", "postgresql.port=6432");

        for (Component component : Component.values()) {
            var ports = egressPorts(manifests, component.service);
            assertThat(ports).as(component.service).contains("UDP/53", "TCP/53", "TCP/9093", "TCP/9094", "TCP/443");
            assertThat(ports.contains("TCP/6432")).as(component.service + " to PostgreSQL").isEqualTo(component.usesDatabase());
            assertThat(ports.contains("TCP/80")).as(component.service + " out to webhooks").isEqualTo(component == Component.GATEWAY);
        }
        assertThat(egressPorts(manifests, "kafka-topics")).as("the topics Job").containsExactlyInAnyOrder("UDP/53", "TCP/53",
                "TCP/9093", "TCP/9094");
        assertThat(ingress(manifests, "kafka-topics")).as("nothing comes in").isEmpty();
        assertThat(egressPorts(Chart.render(), Component.GIF.service)).as("storage.endpoint http://minio:9000")
                .contains("TCP/9000").doesNotContain("TCP/443");
        assertThat(egressPorts(Chart.render("storage.endpoint="), Component.GIF.service)).as("AWS S3").contains("TCP/443");
    }

    @Test
    void theGatewayReachesStatusSvcAndMailAndTracingPortsWhenSet() {
        var manifests = Chart.render("gateway.mail.enabled=true", "gateway.mail.to={ops@example.com}",
                "gateway.mail.smtp.host=smtp.example.com", "gateway.mail.smtp.port=465", "tracing.endpoint=http://otel:4318");

        var gateway = egress(manifests, Component.GATEWAY.service);
        assertThat(gateway).anySatisfy(rule -> {
            assertThat(Yamls.map(at(rule, "to[0].podSelector.matchLabels"))).containsEntry("app.kubernetes.io/component", "status-svc");
            assertThat(ports(rule)).containsExactly("8085");
        });
        assertThat(egressPorts(manifests, Component.GATEWAY.service)).contains("TCP/465", "TCP/4318");
        assertThat(egressPorts(manifests, Component.STATUS.service)).contains("TCP/4318").doesNotContain("TCP/465", "TCP/80");
    }

    @Test
    void peersFromValuesNarrowWhoMayCome() {
        var manifests = Chart.render(
                "networkPolicy.gateway.from[0].namespaceSelector.matchLabels.kubernetes\\.io/metadata\\.name=ingress-nginx",
                "networkPolicy.kafka.to[0].ipBlock.cidr=10.20.0.0/16");

        var gatewayHttp = ingress(manifests, Component.GATEWAY.service).stream().filter(r -> ports(r).contains("http"))
                .findFirst().orElseThrow();
        assertThat(Yamls.list(gatewayHttp.get("from"))).hasSize(2).first()
                .satisfies(peer -> assertThat(Yamls.map(at(peer, "namespaceSelector.matchLabels")))
                        .containsEntry("kubernetes.io/metadata.name", "ingress-nginx"));
        assertThat(egress(manifests, Component.LABEL.service)).anySatisfy(rule -> {
            assertThat(string(rule, "to[0].ipBlock.cidr")).isEqualTo("10.20.0.0/16");
            assertThat(ports(rule)).containsExactly("9092");
        });
    }

    @Test
    void noneWhenDisabled() {
        assertThat(Chart.renderWithHooks("networkPolicy.enabled=false").ofKind("NetworkPolicy")).isEmpty();
    }

    private static List<Map<String, Object>> ingress(Manifests manifests, String component) {
        Object rules = at(manifests.get("NetworkPolicy", Chart.name(component)), "spec.ingress");
        return rules == null ? List.of() : Yamls.list(rules).stream().map(Yamls::map).toList();
    }

    private static List<Map<String, Object>> egress(Manifests manifests, String component) {
        return Yamls.list(at(manifests.get("NetworkPolicy", Chart.name(component)), "spec.egress")).stream()
                .map(Yamls::map).toList();
    }

    private static List<String> ports(Map<String, Object> rule) {
        return Yamls.list(rule.get("ports")).stream().map(p -> String.valueOf(Yamls.map(p).get("port"))).toList();
    }

    /** Every PROTOCOL/port the component may reach, whatever the peer. */
    private static Set<String> egressPorts(Manifests manifests, String component) {
        return egress(manifests, component).stream().flatMap(rule -> Yamls.list(rule.get("ports")).stream())
                .map(Yamls::map).map(p -> p.get("protocol") + "/" + p.get("port")).collect(Collectors.toSet());
    }
}
