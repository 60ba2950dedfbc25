package io.framewise.deploy;

import static io.framewise.deploy.Yamls.string;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** `helm test`: a hook Pod that checks readiness on every management Service, the public port and the API key. */
class HelmTestPodTest {

    private static final String POD = Chart.name("helm-test");

    @Test
    void checksEveryServiceAndThePublicPortWithTheKey() {
        assertThat(Chart.hookAnnotations("templates/tests/framewise-test.yaml")).contains("helm.sh/hook: test");
        var pod = Chart.renderWithHooks().get("Pod", POD);
        var container = Yamls.map(Yamls.at(pod, "spec.containers[0]"));

        String ready = Manifests.envVar(container, "READY_URLS").orElseThrow().get("value").toString();
        assertThat(ready.split(" ")).containsExactlyInAnyOrderElementsOf(Arrays.stream(Component.values())
                .map(c -> "http://" + Chart.name(c) + "-mgmt:" + c.managementPort + "/q/health/ready").toList());
        assertThat(Manifests.envVar(container, "GATEWAY")).get().extracting(e -> e.get("value"))
                .isEqualTo("http://" + Chart.name(Component.GATEWAY) + ":8080");
        assertThat(string(Manifests.envVar(container, "API_KEYS").orElseThrow(), "valueFrom.secretKeyRef.name"))
                .isEqualTo(Chart.FULLNAME + "-gateway-api-keys");
        assertThat(string(container, "args[0]")).contains("404 \"$(status \"$GATEWAY/q/health/ready\")\"")
                .contains("401").contains("-H \"X-Api-Key: $key\"");
        assertThat(string(pod, "spec.restartPolicy")).isEqualTo("Never");

        String withoutTranscribe = Manifests.envVar(Yamls.map(Yamls.at(Chart.renderWithHooks("transcribe.enabled=false",
                "session.stages={preview,captures,labels,storyboard,transcode}").get("Pod", POD), "spec.containers[0]")),
                "READY_URLS").orElseThrow().get("value").toString();
        assertThat(withoutTranscribe).doesNotContain("transcribe-svc");
    }

    @Test
    void leftOutWhenDisabled() {
        var manifests = Chart.renderWithHooks("tests.enabled=false");
        assertThat(manifests.find("Pod", POD)).isEmpty();
        assertThat(manifests.find("NetworkPolicy", POD)).isEmpty();
    }
}
