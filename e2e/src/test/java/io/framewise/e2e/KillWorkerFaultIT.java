package io.framewise.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.framewise.events.RenderReady;
import io.framewise.events.RenderStatus;
import io.framewise.events.Topics;
import io.framewise.local.launcher.ServiceProcess;
import io.framewise.local.launcher.Stack;
import io.framewise.testkit.TestVideos;
import io.framewise.testkit.TopicClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code kill -9} of a worker process in the middle of a video (while its stage gauge says a job is in flight),
 * then a restart of it: the video still completes exactly once (one render.ready, READY), with every capture once
 * and no label twice. Kafka redelivers what the dead process had not committed; status-svc applies each event once.
 * In the {@code faults} profile ({@code ./mvnw -pl e2e verify -Pfaults}): each kill costs a restart and a rebalance.
 */
class KillWorkerFaultIT {

    private static final Duration WAIT = Duration.ofMinutes(5);
    private static final Pattern IN_FLIGHT = Pattern.compile(
            "^framewise_work_in_flight\\{[^}]*stage=\"(\\w+)\"[^}]*}\\s+([0-9.]+)", Pattern.MULTILINE);

    private final Stack stack = RunningStack.get();
    private final Gateway gateway = new Gateway(stack.gatewayUrl());
    private final TopicClient kafka = new TopicClient(stack.endpoints().kafkaBootstrapServers());
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @ParameterizedTest(name = "kill -9 {0} mid-video")
    @CsvSource({"gif-svc, preview", "capture-svc, captures", "label-svc, label"})
    void aWorkerKilledMidVideoIsRestartedAndTheVideoCompletesExactlyOnce(String service, String stage)
            throws Exception {
        String id = gateway.upload(TestVideos.benchmarkClip(Duration.ofSeconds(30)), "kill-" + service + ".mp4");

        ServiceProcess victim = awaitWorking(service, stage, Duration.ofMinutes(3));
        long killedAt = System.nanoTime();
        victim.kill();
        System.out.printf("[fault] video %s: kill -9 %s (pid %d) while its %s job was in flight%n", id,
                victim.name(), victim.pid(), stage);
        stack.restart(victim.name(), step -> { });
        System.out.printf("[fault] %s restarted and ready after %.1f s%n", victim.name(),
                (System.nanoTime() - killedAt) / 1e9);

        List<RenderReady> ready = kafka.collectForVideo(Topics.RENDER_READY, RenderReady.class, id, 1, WAIT);
        System.out.printf("[fault] video %s: %d render.ready, %s, %.1f s after the kill%n", id, ready.size(),
                ready.isEmpty() ? "none" : ready.getFirst().status(), (System.nanoTime() - killedAt) / 1e9);
        assertThat(ready).as("exactly one render.ready").singleElement()
                .extracting(RenderReady::status).isEqualTo(RenderStatus.READY);
        FaultOutcome.assertNoCaptureOrLabelTwice(gateway.finalVideo(id));
    }

    /** The process of {@code service} (any replica) whose {@code stage} job is in flight, once one is. */
    private ServiceProcess awaitWorking(String service, String stage, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            for (ServiceProcess process : stack.services()) {
                if (process.name().replaceFirst("-\\d+$", "").equals(service) && inFlight(process, stage) > 0) {
                    return process;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError(service + " never had a " + stage + " job in flight");
    }

    private double inFlight(ServiceProcess process, String stage) {
        try {
            HttpResponse<String> metrics = http.send(HttpRequest.newBuilder(
                    URI.create(process.managementUrl() + "/q/metrics")).timeout(Duration.ofSeconds(2))
                    .build(), HttpResponse.BodyHandlers.ofString());
            Matcher matcher = IN_FLIGHT.matcher(metrics.body());
            while (matcher.find()) {
                if (matcher.group(1).equals(stage)) {
                    return Double.parseDouble(matcher.group(2));
                }
            }
            return 0;
        } catch (Exception e) {
            return 0; // restarting, or busy: not in flight as far as we can tell
        }
    }
}
