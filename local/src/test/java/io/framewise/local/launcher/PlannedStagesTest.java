package io.framewise.local.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The launcher starts a worker only if session-svc plans one of its stages: no video would reach the others. */
class PlannedStagesTest {

    @Test
    void withoutAPlanEveryServiceRuns() {
        StackOptions options = StackOptions.fromEnvironment(Path.of("."), Map.of());

        assertThat(ServiceSpec.ALL).allSatisfy(spec -> assertThat(options.processesOf(spec)).isEqualTo(1));
    }

    @Test
    void theCoreStagesLeaveTranscodeAndTranscribeOut() {
        StackOptions options = StackOptions.fromEnvironment(Path.of("."),
                Map.of(StackOptions.SESSION_STAGES, "preview, captures,labels")).withWorkers("label=2");

        assertThat(options.processesOf(ServiceSpec.named("transcode"))).isZero();
        assertThat(options.processesOf(ServiceSpec.named("transcribe"))).isZero();
        assertThat(options.processesOf(ServiceSpec.named("label"))).isEqualTo(2);
        assertThat(options.processesOf(ServiceSpec.named("gif"))).isEqualTo(1);
        assertThat(options.processesOf(ServiceSpec.named("status"))).isEqualTo(1);
        assertThat(options.processesOf(ServiceSpec.named("gateway"))).isEqualTo(1);
    }

    @Test
    void labelsAloneStillNeedTheCapturesTheyLabel() {
        StackOptions options = StackOptions.ephemeral(Path.of("."), Path.of("data")).withStages("labels");

        assertThat(options.processesOf(ServiceSpec.named("capture"))).isEqualTo(1);
        assertThat(options.processesOf(ServiceSpec.named("gif"))).isZero();
    }

    @Test
    void aStoryboardAloneKeepsTranscodeSvc() {
        StackOptions options = StackOptions.ephemeral(Path.of("."), Path.of("data")).withStages("storyboard");

        assertThat(options.processesOf(ServiceSpec.named("transcode"))).isEqualTo(1);
        assertThat(options.processesOf(ServiceSpec.named("transcribe"))).isZero();
    }
}
