package io.framewise.local;

import io.framewise.local.cli.ProcessCommand;
import io.framewise.local.launcher.MemoryBanner;
import io.framewise.local.launcher.KafkaClientConfigFile;
import io.framewise.local.launcher.PortInUseException;
import io.framewise.local.launcher.Stack;
import io.framewise.local.launcher.StackOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import java.util.concurrent.CountDownLatch;

/** The {@code ./framewise} command line. */
public final class Main {

    private static final String USAGE = """
            usage: ./framewise <command>
              up [--workers gif=2,capture=2,label=3] [--listen ADDRESS]
                                                        run the whole stack until Ctrl-C; on 127.0.0.1 only,
                                                        without a key, unless --listen (needs FRAMEWISE_API_KEY)
              process FILE [--json]                     one video end to end: progress, labels, links
                                                        (--json prints metadata.json)
              help                                      this text
            environment: FRAMEWISE_HTTP_PORT (8080), FRAMEWISE_KAFKA_PORT (9092), FRAMEWISE_POSTGRES_PORT (15432),
                         FRAMEWISE_S3_PORT (9000), FRAMEWISE_DATA_DIR (.framewise),
                         FRAMEWISE_API_KEY (none: only this machine, no key),
                         FRAMEWISE_KAFKA_SASL (false: true makes the broker want SASL/PLAIN)""";

    private Main() {
    }

    public static void main(String[] args) {
        List<String> arguments = Arrays.asList(args);
        String command = arguments.isEmpty() ? "help" : arguments.get(0);
        try {
            switch (command) {
                case "up" -> up(arguments.subList(1, arguments.size()));
                case "process" -> System.exit(process(arguments.subList(1, arguments.size())));
                case "help", "--help", "-h" -> System.out.println(USAGE);
                default -> fail("unknown command '" + command + "'\n" + USAGE, 2);
            }
        } catch (PortInUseException e) {
            fail(e.getMessage(), 3);
        } catch (IllegalArgumentException e) {
            fail(e.getMessage(), 2);
        } catch (IllegalStateException e) {
            fail(e.getMessage(), 1);
        }
    }

    private static void up(List<String> arguments) throws IllegalStateException {
        StackOptions options = StackOptions.fromEnvironment(projectRoot(), System.getenv());
        for (int i = 0; i < arguments.size(); i++) {
            if (arguments.get(i).equals("--workers") && i + 1 < arguments.size()) {
                options = options.withWorkers(arguments.get(++i));
            } else if (arguments.get(i).equals("--listen") && i + 1 < arguments.size()) {
                options = options.withAccess(options.access().listeningOn(arguments.get(++i)));
            } else {
                throw new IllegalArgumentException("unknown option for up: " + arguments.get(i) + "\n" + USAGE);
            }
        }
        InfraLogging.sendTo(options.dataDir().resolve("logs"));
        long started = System.nanoTime();
        Stack stack = Stack.prepare(options);
        CountDownLatch stopped = new CountDownLatch(1);
        // Registered before anything starts, so a Ctrl-C during the start stops what had started.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nstopping Framewise…");
            stack.close();
            System.out.println("stopped.");
            stopped.countDown();
        }, "framewise-stop"));
        stack.startAll(step -> System.out.println("  " + step));

        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("""

                Framewise is up in %.1f s.
                %s
                  gateway:  %s   %s
                  health, metrics, OpenAPI, Swagger UI: %s/q/ (this machine only)
                  Kafka:    %s   PostgreSQL: %s   S3 API: %s
                  logs:     %s
                Press Ctrl-C to stop.
                """, seconds, MemoryBanner.of(stack.proportionalBytes(), stack.residentBytes()), stack.gatewayUrl(),
                options.access().apiKey().isPresent() ? "(API key required: X-Api-Key)" : "(this machine only, no key)",
                stack.gatewayManagementUrl(),
                stack.endpoints().kafkaBootstrapServers(), stack.endpoints().jdbcUrl(), stack.endpoints().s3Endpoint(),
                options.dataDir().resolve("logs"));
        var dataDir = options.dataDir();
        options.kafkaSasl().ifPresent(sasl -> System.out.printf(
                "Kafka wants SASL/PLAIN (user %s): client settings in %s%n", sasl.username(), KafkaClientConfigFile.in(dataDir)));
        awaitQuietly(stopped);
    }

    private static int process(List<String> arguments) {
        List<String> files = arguments.stream().filter(a -> !a.startsWith("--")).toList();
        if (files.size() != 1) {
            throw new IllegalArgumentException("process takes one video file\n" + USAGE);
        }
        StackOptions options = StackOptions.fromEnvironment(projectRoot(), System.getenv());
        InfraLogging.sendTo(options.dataDir().resolve("logs"));
        try {
            return new ProcessCommand(options, System.out, System.err)
                    .run(callerDir().resolve(files.get(0)), arguments.contains("--json"));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
    }

    private static Path callerDir() {
        return Path.of(System.getenv().getOrDefault("FRAMEWISE_CALLER_DIR", "."));
    }

    private static Path projectRoot() {
        String home = System.getenv("FRAMEWISE_HOME");
        Path root = Path.of(home != null ? home : ".").toAbsolutePath().normalize();
        if (!Files.isRegularFile(root.resolve("pom.xml"))) {
            throw new IllegalStateException("run this from the Framewise project folder (or set FRAMEWISE_HOME)");
        }
        return root;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void fail(String message, int exitCode) {
        System.err.println("framewise: " + message);
        System.exit(exitCode);
    }

}
