package io.framewise.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every object the chart renders, with its defaults and with every option on (hooks and the helm test included), is
 * valid for the Kubernetes API: {@link KubernetesSchemas}, the API's own models. Not only helm lint, which checks
 * YAML and the chart's own schema, not Kubernetes'.
 */
class KubernetesSchemaTest {

    @Test
    void everyRenderedObjectIsValidForTheKubernetesApi() {
        var validated = new ArrayList<String>();
        for (String[] settings : List.of(new String[0], Renderings.EVERYTHING_ON, Renderings.KEDA,
                new String[] {"networkPolicy.enabled=false", "tests.enabled=false", "kafka.provisioning.enabled=false"})) {
            for (var object : Chart.renderWithHooks(settings).objects()) {
                if (KubernetesSchemas.isCustomResource(object)) {
                    assertThat(object.get("apiVersion")).as("%s apiVersion", object.get("kind"))
                            .isEqualTo(KubernetesSchemas.CUSTOM_RESOURCES.get(object.get("kind").toString()));
                    continue;
                }
                validated.add(KubernetesSchemas.validate(object).getSimpleName());
            }
        }
        assertThat(validated).as("kinds validated").contains("V1Deployment", "V1Service", "V1PodDisruptionBudget",
                "V1ConfigMap", "V1Secret", "V1ServiceAccount", "V1Job", "V1Pod", "V1NetworkPolicy", "V1Ingress",
                "V2HorizontalPodAutoscaler");
    }

    @Test
    void theCheckRefusesWhatTheApiWould() {
        var deployment = Chart.render().get("Deployment", Chart.name(Component.GIF));
        var container = Yamls.map(Yamls.at(deployment, "spec.template.spec.containers[0]"));

        container.put("imagePullPolicyy", "Always");
        assertThatThrownBy(() -> KubernetesSchemas.validate(deployment)).hasMessageContaining("imagePullPolicyy");
        container.remove("imagePullPolicyy");
        container.remove("name");
        assertThatThrownBy(() -> KubernetesSchemas.validate(deployment)).hasMessageContaining("name");
        container.put("name", "gif-svc");
        KubernetesSchemas.validate(deployment);

        assertThatThrownBy(() -> KubernetesSchemas.validate(Map.of("apiVersion", "apps/v1", "kind", "Deploymnt")))
                .hasMessageContaining("no Deploymnt");
    }
}
