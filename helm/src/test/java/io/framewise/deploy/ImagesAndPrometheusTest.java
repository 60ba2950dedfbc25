package io.framewise.deploy;

import static io.framewise.deploy.Yamls.string;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each service's Dockerfile.jvm and its Prometheus scrape job. */
class ImagesAndPrometheusTest {

    /** The services whose jars carry JavaCV's FFmpeg, which links against PulseAudio's client library. */
    private static final Set<Component> FFMPEG = Set.of(Component.SESSION, Component.GIF, Component.CAPTURE,
            Component.TRANSCODE, Component.TRANSCRIBE);

    @ParameterizedTest
    @EnumSource(Component.class)
    void dockerfileRunsTheQuarkusAppOnJdk21AsNonRoot(Component component) throws Exception {
        Assumptions.assumeTrue(component.moduleMerged(), component.service + "/ is not in this checkout yet (merge its branch)");
        String dockerfile = Files.readString(Repo.root().resolve(component.service + "/src/main/docker/Dockerfile.jvm"));

        assertThat(dockerfile).contains("FROM eclipse-temurin:21-jre").contains("COPY --chown=185:0 target/quarkus-app/lib/ ")
                .contains("USER 185").contains("EXPOSE " + component.port + " " + component.managementPort)
                .contains("-jar /deployments/quarkus-run.jar")
                .contains(" curl");
        assertThat(dockerfile.contains("libpulse0")).as("PulseAudio client library").isEqualTo(FFMPEG.contains(component));
        assertThat(dockerfile.contains("--enable-native-access=ALL-UNNAMED")).as("ONNX Runtime's native access")
                .isEqualTo(component == Component.LABEL);
    }

    @ParameterizedTest
    @EnumSource(Component.class)
    void prometheusScrapesEveryServiceAtQMetricsOnItsManagementPort(Component component) {
        var jobs = Yamls.list(Yamls.load(Repo.prometheusConfig()).get("scrape_configs"));

        var job = jobs.stream().map(Yamls::map).filter(j -> component.service.equals(j.get("job_name"))).findFirst();
        assertThat(job).as("scrape job %s", component.service).isPresent();
        assertThat(job.get().get("metrics_path")).isEqualTo("/q/metrics");
        assertThat(string(job.get(), "static_configs[0].targets[0]")).isEqualTo(component.service + ":" + component.managementPort);
    }
}
