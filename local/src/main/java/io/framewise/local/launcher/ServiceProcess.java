package io.framewise.local.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One running service JVM, its log file, and the readiness of its {@code /q/health/ready}, which it answers on its
 * management interface: a port of its own, on the loopback interface only.
 */
public final class ServiceProcess {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final int port;
    private final int managementPort;
    private final Process process;
    private final Path log;

    private ServiceProcess(String name, int port, int managementPort, Process process, Path log) {
        this.name = name;
        this.port = port;
        this.managementPort = managementPort;
        this.process = process;
        this.log = log;
    }

    /**
     * Starts the service's runnable jar with the given environment on top of this one's.
     *
     * @param jvmOptions heap and GC settings sized for many services on one small machine
     */
    public static ServiceProcess start(String name, Path jar, int port, Map<String, String> environment,
                                       List<String> jvmOptions, Path logDir) {
        return start(name, jar, port, io.framewise.local.infra.Ports.free(), environment, jvmOptions, logDir, false);
    }

    /**
     * The same with a chosen management port; {@code append} keeps the log of an earlier run of this process (a
     * restart in a fault test).
     */
    public static ServiceProcess start(String name, Path jar, int port, int managementPort,
                                       Map<String, String> environment, List<String> jvmOptions, Path logDir,
                                       boolean append) {
        return start(name, jar, port, managementPort, environment, List.of(), jvmOptions, logDir, append);
    }

    /** The same run under {@code prefix} (e.g. {@code nice -n 10}): the JVM and every program it starts. */
    public static ServiceProcess start(String name, Path jar, int port, int managementPort,
                                       Map<String, String> environment, List<String> prefix, List<String> jvmOptions,
                                       Path logDir, boolean append) {
        try {
            Files.createDirectories(logDir);
            Path log = logDir.resolve(name + ".log");
            var command = new java.util.ArrayList<String>(prefix);
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(jvmOptions);
            command.add("-jar");
            command.add(jar.toString());
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(append ? ProcessBuilder.Redirect.appendTo(log.toFile())
                            : ProcessBuilder.Redirect.to(log.toFile()));
            builder.environment().putAll(environment);
            builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
            builder.environment().put("QUARKUS_MANAGEMENT_PORT", String.valueOf(managementPort));
            // /q/* is for this machine's tools (the launcher, Prometheus), never for the network.
            builder.environment().put("QUARKUS_MANAGEMENT_HOST", "127.0.0.1");
            return new ServiceProcess(name, port, managementPort, builder.start(), log);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name + ": " + e.getMessage(), e);
        }
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    public int managementPort() {
        return managementPort;
    }

    /** The management interface's base: {@code /q/health/ready}, {@code /q/metrics} follow it. */
    public String managementUrl() {
        return "http://127.0.0.1:" + managementPort;
    }

    public Path log() {
        return log;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public boolean isReady() {
        try {
            var request = HttpRequest.newBuilder(URI.create(managementUrl() + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(3)).GET().build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Resident memory of the process, from /proc (Linux); 0 where that is not available. */
    public long residentBytes() {
        return Rss.of(process.pid());
    }

    /** Its proportional share of the memory it shares with other processes, plus its own (PSS, Linux). */
    public long proportionalBytes() {
        return Rss.proportional(process.pid());
    }

    /** {@code kill -9}: the JVM dies at once, mid-work, without running a shutdown hook (fault tests). */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Asks the JVM to shut down (SIGTERM), then kills it if it has not stopped within the grace period. */
    public void stop(Duration grace) {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** The last lines of the log, to show why a service did not come up. */
    public List<String> logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(log);
            return all.subList(Math.max(0, all.size() - lines), all.size());
        } catch (IOException e) {
            return List.of("(no log: " + e.getMessage() + ")");
        }
    }
}
