package io.framewise.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Every container the chart can run, hooks and the helm test included, runs as a numeric non-root user: the kubelet
 * refuses to start a container with runAsNonRoot whose image names its user (apache/kafka's {@code appuser}), since
 * it cannot check a name. Also read-only, without privilege escalation and capabilities.
 */
class PodSecurityTest {

    @Test
    void everyContainerThatMustNotBeRootHasANumericUserAndGroup() {
        for (Manifests rendering : new Manifests[] {Chart.renderWithHooks(), Chart.renderWithHooks(Renderings.EVERYTHING_ON)}) {
            var pods = PodSpecs.of(rendering).all();
            assertThat(pods).extracting(PodSpecs.PodSpec::owner).as("pod specs rendered")
                    .contains("Job/" + Chart.name("kafka-topics"), "Pod/" + Chart.name("helm-test"))
                    .hasSizeGreaterThanOrEqualTo(Component.values().length + 2);
            for (var pod : pods) {
                for (var container : pod.containers()) {
                    String which = pod.owner() + " container " + container.get("name");
                    assertThat(pod.effective(container, "runAsNonRoot")).as(which + " runAsNonRoot").isEqualTo(true);
                    assertThat(pod.effective(container, "runAsUser")).as(which + " runAsUser")
                            .isInstanceOfSatisfying(Integer.class, uid -> assertThat(uid).isPositive());
                    assertThat(pod.effective(container, "runAsGroup")).as(which + " runAsGroup").isInstanceOf(Integer.class);
                    assertThat(pod.effective(container, "readOnlyRootFilesystem")).as(which).isEqualTo(true);
                    assertThat(pod.effective(container, "allowPrivilegeEscalation")).as(which).isEqualTo(false);
                    assertThat(Yamls.at(container, "securityContext.capabilities.drop")).as(which)
                            .asList().contains("ALL");
                }
            }
        }
    }

    @Test
    void schemaRefusesAUserThatIsNotANumber() {
        assertThat(Chart.renderError("podSecurityContext.runAsUser=appuser")).contains("/podSecurityContext/runAsUser");
        assertThat(Chart.renderError("kafka.provisioning.runAsUser=appuser")).contains("/kafka/provisioning/runAsUser");
        assertThat(Chart.renderError("podSecurityContext.runAsUser=null")).as("runAsNonRoot without a user")
                .contains("/podSecurityContext").contains("runAsUser");
    }
}
