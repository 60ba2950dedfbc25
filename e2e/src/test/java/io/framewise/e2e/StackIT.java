package io.framewise.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.framewise.local.launcher.ServiceProcess;
import io.framewise.local.launcher.ServiceSpec;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * The stack that {@code ./framewise up} runs: every service is its own process and answers ready, on its management
 * interface; the public port has no {@code /q/}.
 */
class StackIT {

    @Test
    void everyServiceRunsAsItsOwnProcessAndIsReady() throws Exception {
        var stack = RunningStack.get();
        // Replicas of a worker are named label-svc-1, label-svc-2, …
        assertThat(stack.services().stream().map(s -> s.name().replaceFirst("-\\d+$", "")).distinct().toList())
                .containsExactlyInAnyOrderElementsOf(ServiceSpec.ALL.stream().map(ServiceSpec::name).toList());
        assertThat(stack.services()).extracting(ServiceProcess::pid).doesNotHaveDuplicates()
                .doesNotContain(ProcessHandle.current().pid());
        for (ServiceProcess service : stack.services()) {
            assertThat(service.isReady()).as(service.name() + " ready").isTrue();
        }
        HttpResponse<String> health = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(stack.gatewayManagementUrl() + "/q/health/ready")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("object-storage").contains("\"status\": \"UP\"");
        for (String path : new String[] {"/q/health/ready", "/q/metrics", "/q/openapi", "/q/swagger-ui/"}) {
            HttpResponse<String> outside = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(stack.gatewayUrl() + path)).build(), HttpResponse.BodyHandlers.ofString());
            // 401 where the stack runs with keys (an unknown route needs one too, so routes are not mapped), else 404
            assertThat(outside.statusCode()).as("%s on the public port", path).isIn(401, 404);
            assertThat(outside.body()).as("%s on the public port", path).doesNotContain("\"status\": \"UP\"")
                    .doesNotContain("# TYPE").doesNotContain("openapi");
        }
        for (ServiceProcess service : stack.services()) {
            assertThat(service.managementPort()).as(service.name()).isNotEqualTo(service.port());
        }
    }
}
