package io.framewise.e2e;

import io.framewise.local.launcher.Stack;
import io.framewise.local.launcher.StackOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The whole stack, started once for all end-to-end tests of this JVM (on free ports, over a scratch
 * directory) exactly as {@code ./framewise up} starts it, and stopped when the JVM exits. Its services send
 * their traces to an OTLP receiver in this JVM ({@link #traces()}), unless {@code -Dframewise.e2e.tracing=false}
 * (the benchmarks measure the services as {@code ./framewise up} runs them: without tracing).
 */
final class RunningStack {

    private static final boolean TRACING = Boolean.parseBoolean(System.getProperty("framewise.e2e.tracing", "true"));

    /**
     * The stack runs as production does: every API request needs this key (the launcher's {@code FRAMEWISE_API_KEY}),
     * so every test sends it; WebPageIT types it into the page once.
     */
    static final String API_KEY = "e2e-" + java.util.UUID.randomUUID().toString().replace("-", "");

    private static Stack stack;
    private static OtlpReceiver traces;

    private RunningStack() {
    }

    static synchronized Stack get() {
        if (stack == null) {
            traces = OtlpReceiver.start();
            stack = start(traces);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                stack.close();
                traces.close();
            }, "e2e-stack-stop"));
        }
        return stack;
    }

    /** The spans every service of the stack exported. */
    static synchronized OtlpReceiver traces() {
        get();
        return traces;
    }

    /** A request to the gateway, with the stack's API key. */
    static java.net.http.HttpRequest.Builder request(java.net.URI uri) {
        return java.net.http.HttpRequest.newBuilder(uri).header("X-Api-Key", API_KEY);
    }

    static Path projectRoot() {
        return Path.of(System.getProperty("framewise.project.root", "..")).toAbsolutePath().normalize();
    }

    private static Stack start(OtlpReceiver traces) {
        try {
            Path dataDir = Files.createTempDirectory("framewise-e2e");
            long started = System.nanoTime();
            // Two label-svc processes in one consumer group: the tests check that they share the work.
            // FRAMEWISE_SESSION_STAGES (the benchmark's core stages) also leaves out the workers no video would reach.
            StackOptions options = StackOptions.ephemeral(projectRoot(), dataDir).withWorkers("label=2")
                    .withStages(System.getenv(StackOptions.SESSION_STAGES));
            options = options.withAccess(options.access().withApiKey(API_KEY));
            Stack started_ = Stack.start(TRACING ? options.withTracing(traces.endpoint()) : options,
                    step -> System.out.println("[e2e] " + step));
            System.out.printf("[e2e] stack up in %.1f s; logs in %s%n", (System.nanoTime() - started) / 1e9,
                    dataDir.resolve("logs"));
            return started_;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
