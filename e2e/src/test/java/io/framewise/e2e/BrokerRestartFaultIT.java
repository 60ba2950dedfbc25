package io.framewise.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.framewise.events.RenderStart;
import io.framewise.events.Topics;
import io.framewise.local.infra.EmbeddedKafkaBroker;
import io.framewise.local.launcher.Stack;
import io.framewise.testkit.TestVideos;
import io.framewise.testkit.TopicClient;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The Kafka broker stops while a video is being worked on (a clean shutdown, 10 s away, a start: ~15 s unreachable),
 * and starts again on the same ports over the same log directory (topics, offsets and groups kept). Every service
 * keeps running through it: their consumers and producers reconnect by themselves (a send meanwhile waits, within
 * the producer's delivery timeout). The video ends READY, or FAILED with a reason and then one retry of its failed
 * stage makes it READY; exactly one READY render.ready; no capture or label twice; nothing stays PROCESSING; and a
 * fresh upload afterwards is READY. In the {@code faults} profile.
 */
class BrokerRestartFaultIT {

    private static final Duration WAIT = Duration.ofMinutes(3);
    private static final Duration DOWN = Duration.ofSeconds(10);

    private final Stack stack = RunningStack.get();
    private final Gateway gateway = new Gateway(stack.gatewayUrl());
    private final TopicClient kafka = new TopicClient(stack.endpoints().kafkaBootstrapServers());
    private final FaultOutcome outcome = new FaultOutcome(stack.gatewayUrl(), kafka);

    @Test
    void theBrokerRestartedMidVideoTheVideoEndsReadyExactlyOnce() throws Exception {
        String id = gateway.upload(TestVideos.benchmarkClip(Duration.ofSeconds(30)), "broker-restart.mp4");
        assertThat(kafka.collectForVideo(Topics.RENDER_START, RenderStart.class, id, 1, WAIT)).hasSize(1);

        EmbeddedKafkaBroker broker = stack.infrastructure().broker();
        long stopping = System.nanoTime();
        broker.stop();
        long stopped = System.nanoTime();
        try {
            Thread.sleep(DOWN.toMillis());
        } finally {
            broker.restart();
        }
        long backAt = System.nanoTime();
        System.out.printf("[fault] Kafka broker stopped mid-video (%s): shutdown %.1f s, away %.1f s, start %.1f s; "
                + "%.1f s in all%n", id, (stopped - stopping) / 1e9, DOWN.toMillis() / 1e3,
                (backAt - stopped - DOWN.toNanos()) / 1e9, (backAt - stopping) / 1e9);
        // The endpoints every service was started with still lead to it.
        assertThat(stack.endpoints().kafkaBootstrapServers()).isEqualTo(broker.bootstrapServers());

        String result = outcome.assertEndsReadyExactlyOnce("broker restart", id, backAt, WAIT);
        System.out.printf("[fault] broker restart: video %s → %s, %.1f s after the broker came back%n", id, result,
                (System.nanoTime() - backAt) / 1e9);

        outcome.assertRecovered(stack, "broker-restart");
    }
}
