package io.framewise.gateway.support;

import io.framewise.local.infra.Ports;
import io.framewise.local.launcher.ServiceProcess;
import io.framewise.testkit.SharedInfrastructure;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The real status-svc, as its own process on the shared test infrastructure, so the gateway's reads, search,
 * deletes and SSE snapshots go to the service they go to in production (no stub). Started once per test profile
 * from the jar the reactor built before this module ({@code gateway-svc} depends on {@code status-svc} for
 * that order).
 */
public class StatusServiceResource implements QuarkusTestResourceLifecycleManager {

    private static final Path JAR = Path.of("..", "status-svc", "target", "quarkus-app", "quarkus-run.jar");
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);

    private static String url;
    private static ServiceProcess process;

    @Override
    public Map<String, String> start() {
        return Map.of("quarkus.rest-client.status.url", startOnce());
    }

    /**
     * Quarkus loads this class (and testkit's shared infrastructure) again for every test profile, so each profile
     * has its own status-svc on its own servers: stopped when the profile's application stops, not left running.
     */
    @Override
    public void stop() {
        synchronized (StatusServiceResource.class) {
            if (process != null) {
                process.stop(Duration.ofSeconds(10));
                process = null;
                url = null;
            }
        }
    }

    private static synchronized String startOnce() {
        if (url != null) {
            return url;
        }
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException("status-svc is not built (" + JAR.toAbsolutePath().normalize()
                    + " is missing): build it in the same reactor, e.g. ./mvnw -pl status-svc,gateway-svc -am verify");
        }
        Map<String, String> env = new HashMap<>();
        SharedInfrastructure.configProperties().forEach((key, value) ->
                env.put(key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT), value));
        env.put("FRAMEWISE_STATUS_WATCHDOG_EVERY", "1h");
        int port = Ports.free();
        process = ServiceProcess.start("status-svc", JAR, port, env,
                List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"), Path.of("target"));
        ServiceProcess started = process;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> started.stop(Duration.ofSeconds(10)),
                "status-svc-stop"));
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (!process.isReady()) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                process.stop(Duration.ofSeconds(5));
                throw new IllegalStateException("status-svc did not become ready; its log ends with:\n"
                        + String.join("\n", process.logTail(40)));
            }
            sleep();
        }
        url = "http://127.0.0.1:" + port;
        System.out.println("[test] status-svc ready at " + url);
        return url;
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
