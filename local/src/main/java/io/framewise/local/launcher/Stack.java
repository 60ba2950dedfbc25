package io.framewise.local.launcher;

import io.framewise.local.infra.Endpoints;
import io.framewise.local.infra.InfraSettings;
import io.framewise.local.infra.LocalInfrastructure;
import java.nio.file.Files;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;

/**
 * The whole Framewise stack on one machine: real Kafka, PostgreSQL and S3 API in this JVM, and every
 * service as its own JVM process wired to them. {@link #close()} stops the services, then the servers.
 */
public final class Stack implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);

    private final StackOptions options;
    private final List<ServiceProcess> services = new CopyOnWriteArrayList<>();
    /** How each process was started, so a test can start it again after killing it. */
    private final Map<String, Launch> launches = new java.util.concurrent.ConcurrentHashMap<>();
    private final CountDownLatch infrastructureSettled = new CountDownLatch(1);
    private volatile LocalInfrastructure infrastructure;
    private volatile String gatewayUrl;
    private volatile String gatewayManagementUrl;
    private volatile boolean closing;

    private Stack(StackOptions options) {
        this.options = options;
    }

    /**
     * A stack that has not started anything yet: register {@link #close()} (e.g. as a shutdown hook) first, then
     * {@link #startAll}, so a Ctrl-C in the middle of starting stops whatever had been started.
     */
    public static Stack prepare(StackOptions options) {
        return new Stack(options);
    }

    /** Starts everything and returns once every service answers ready; throws (having stopped all) if not. */
    public static Stack start(StackOptions options, Consumer<String> progress) {
        Stack stack = prepare(options);
        stack.startAll(progress);
        return stack;
    }

    /** Starts the servers, then every service, and waits until each answers ready; stops all if any fails. */
    public void startAll(Consumer<String> progress) {
        try {
            StartChecks.built(options);
            StartChecks.portsFree(options);
            try {
                infrastructure = LocalInfrastructure.start(infraSettings(options), progress);
            } finally {
                infrastructureSettled.countDown();
            }
            Endpoints endpoints = infrastructure.endpoints();
            KafkaClientConfigFile.write(options.dataDir(), options.kafkaSasl().isPresent(), endpoints);
            Map<String, Integer> firstPorts = new HashMap<>();
            for (ServiceSpec spec : ServiceSpec.ALL) {
                for (int replica = 0; replica < options.processesOf(spec); replica++) {
                    String name = options.processesOf(spec) > 1 ? spec.name() + "-" + (replica + 1) : spec.name();
                    int port = options.portOf(spec, replica);
                    int managementPort = options.managementPortOf(spec, replica);
                    progress.accept("starting " + name + " on port " + port + " (management " + managementPort + ")");
                    firstPorts.putIfAbsent(spec.name(), port);
                    synchronized (this) {
                        // close() holds this lock: a process is either started before it stops them all, or never.
                        if (closing) {
                            throw new IllegalStateException("stopped while starting");
                        }
                        Map<String, String> env = environmentFor(spec, endpoints, firstPorts, options);
                        createDirectories(scratchDirectory(options.dataDir(), spec.name()));
                        List<String> jvm = jvmOptions(spec, replica);
                        launches.put(name, new Launch(spec, port, managementPort, env, jvm));
                        services.add(ServiceProcess.start(name, spec.runnableJar(options.projectRoot()), port,
                                managementPort, env, JvmOptions.launchPrefix(spec), jvm,
                                options.dataDir().resolve("logs"), false));
                    }
                    if (spec.name().equals("gateway-svc")) {
                        gatewayUrl = "http://" + (options.access().loopbackOnly() ? "localhost"
                                : options.access().listen()) + ":" + port;
                        gatewayManagementUrl = "http://127.0.0.1:" + managementPort;
                    }
                }
            }
            new ReadinessWaiter(services, progress).awaitAll(READY_TIMEOUT);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    public String gatewayUrl() {
        return gatewayUrl;
    }

    /** The gateway's management interface (/q/health, /q/metrics, /q/openapi, /q/swagger-ui): loopback only. */
    public String gatewayManagementUrl() {
        return gatewayManagementUrl;
    }

    /** Where the stack keeps its data, logs and scratch files. */
    public java.nio.file.Path dataDir() {
        return options.dataDir();
    }

    public Endpoints endpoints() {
        return infrastructure.endpoints();
    }

    public List<ServiceProcess> services() {
        return List.copyOf(services);
    }

    /** The running process of that name (e.g. {@code gif-svc}, {@code label-svc-2}). */
    public ServiceProcess service(String name) {
        return services.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no service process named " + name));
    }

    /**
     * Starts the named service again, on the same port with the same settings (its log is appended to), and
     * waits until it answers ready. For fault tests: after {@link ServiceProcess#kill()} or a stop.
     */
    public synchronized ServiceProcess restart(String name, Consumer<String> progress) {
        Launch launch = launches.get(name);
        if (launch == null) {
            throw new IllegalArgumentException("no service process named " + name);
        }
        services.stream().filter(s -> s.name().equals(name)).findFirst().ifPresent(old -> {
            old.stop(Duration.ofSeconds(15));
            services.remove(old);
        });
        ServiceProcess started = ServiceProcess.start(name, launch.spec().runnableJar(options.projectRoot()),
                launch.port(), launch.managementPort(), launch.environment(), JvmOptions.launchPrefix(launch.spec()),
                launch.jvmOptions(),
                options.dataDir().resolve("logs"), true);
        services.add(started);
        new ReadinessWaiter(List.of(started), progress).awaitAll(READY_TIMEOUT);
        return started;
    }

    /** The servers (Kafka, PostgreSQL, S3 API) under the services, for tests that stop and start them. */
    public LocalInfrastructure infrastructure() {
        return infrastructure;
    }

    /** Where a service's jobs and spooled uploads get their scratch files: empty whenever nothing is working. */
    public static java.nio.file.Path scratchDirectory(java.nio.file.Path dataDir, String serviceName) {
        return dataDir.resolve("scratch").resolve(serviceName);
    }

    private record Launch(ServiceSpec spec, int port, int managementPort, Map<String, String> environment,
                          List<String> jvmOptions) {
    }

    /** Resident memory of every service process plus this JVM (which runs Kafka, PostgreSQL's parent and S3). */
    public Map<String, Long> residentBytes() {
        return memory(Rss::of);
    }

    /**
     * The same as proportional set sizes: a page that several processes map (the JDK's and FFmpeg's libraries) is
     * shared out between them, so these add up to what the stack holds together.
     */
    public Map<String, Long> proportionalBytes() {
        return memory(Rss::proportional);
    }

    private Map<String, Long> memory(java.util.function.LongUnaryOperator ofPid) {
        Map<String, Long> memory = new LinkedHashMap<>();
        memory.put("launcher (Kafka + S3 API)", ofPid.applyAsLong(ProcessHandle.current().pid()));
        memory.put("postgres", ProcessHandle.allProcesses()
                .filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false))
                .mapToLong(p -> ofPid.applyAsLong(p.pid())).sum());
        services.forEach(s -> memory.put(s.name(), ofPid.applyAsLong(s.pid())));
        return memory;
    }

    /** Stops the services, then the servers; safe to call while {@link #startAll} is still running, and twice. */
    @Override
    public synchronized void close() {
        closing = true;
        // A JVM recording its start-up cache writes it as it stops: on two busy cores that can take half a minute.
        stopAll(services, Duration.ofSeconds(options.startupCache() ? 60 : 15));
        services.clear();
        awaitQuietly(infrastructureSettled);
        if (infrastructure != null) {
            infrastructure.close();
            infrastructure = null;
        }
    }

    private static void createDirectories(java.nio.file.Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot create " + directory, e);
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            // The servers start in about ten seconds; wait for them to be up (or to have failed) so they can be stopped.
            latch.await(2, java.util.concurrent.TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void stopAll(List<ServiceProcess> services, Duration grace) {
        // Stop in parallel: each JVM takes a moment to drain its consumers.
        services.parallelStream().forEach(s -> s.stop(grace));
    }

    private List<String> jvmOptions(ServiceSpec spec, int replica) {
        List<String> jvm = JvmOptions.of(spec);
        // The first process of a service records the cache when there is none: two writing one file would clash.
        if (options.startupCache()) {
            jvm.addAll(new StartupCache(options.dataDir().resolve("aot"))
                    .optionsFor(spec, spec.runnableJar(options.projectRoot()), replica == 0));
        }
        return List.copyOf(jvm);
    }

    static Map<String, String> environmentFor(ServiceSpec spec, Endpoints endpoints, Map<String, Integer> ports,
                                              StackOptions options) {
        Map<String, String> env = new HashMap<>(JvmOptions.mallocEnvironment(spec));
        env.putAll(endpoints.asEnvironment());
        // Tracing stays off (nothing contacted) unless an OTLP receiver was named.
        options.tracingEndpoint().ifPresent(url -> env.put(StackOptions.TRACING_ENDPOINT, url.toString()));
        // Scratch files under the data directory, not the shared /tmp: easy to find, and to check nothing leaks.
        String scratch = scratchDirectory(options.dataDir(), spec.name()).toString();
        env.put("FRAMEWISE_WORK_DIRECTORY", scratch);
        // Quarkus listens on every interface by default; here only this machine (the gateway where --listen says).
        env.put("QUARKUS_HTTP_HOST", spec.name().equals("gateway-svc") ? options.access().listen() : Access.LOOPBACK);
        if (!spec.ownsDatabase()) {
            env.keySet().removeIf(key -> key.startsWith("QUARKUS_DATASOURCE_"));
        }
        if (spec.name().equals("gateway-svc")) {
            // Blocking Hibernate ORM over JDBC: a reactive client URL would only be warned about as unused.
            env.remove("QUARKUS_DATASOURCE_REACTIVE_URL");
            // status-svc starts first, so its port is known by now.
            env.put("QUARKUS_REST_CLIENT_STATUS_URL", "http://127.0.0.1:" + ports.get("status-svc"));
            // No key only while nothing but this machine reaches the gateway (Access refuses --listen without one).
            env.put("FRAMEWISE_GATEWAY_AUTH_ENABLED", Boolean.toString(options.access().apiKey().isPresent()));
            options.access().apiKey().ifPresent(key -> env.put("FRAMEWISE_GATEWAY_AUTH_API_KEYS", key));
            env.put("FRAMEWISE_GATEWAY_SPOOL_DIRECTORY", scratch);
            // Webhook receivers on this machine (as the services are) may be reached while only this machine reaches
            // the gateway: loopback, nothing else private. Listening wider, only public receivers.
            if (options.access().loopbackOnly()) {
                env.put("FRAMEWISE_GATEWAY_WEBHOOKS_ALLOWED_NETWORKS", "127.0.0.0/8,::1/128");
            }
            env.put("QUARKUS_HTTP_BODY_UPLOADS_DIRECTORY", scratch + "/multipart");
        }
        return env;
    }

    private static InfraSettings infraSettings(StackOptions options) {
        return new InfraSettings(options.dataDir(), options.kafkaPort(), options.ephemeralPorts() ? 0 : options.kafkaPort() + 1,
                options.postgresPort(), options.s3Port(), 12, "framewise", InfraSettings.DEFAULT_SOURCE_BUCKET,
                InfraSettings.DEFAULT_RENDER_BUCKET, "framewise", "framewise-secret", options.kafkaSasl());
    }
}
