package io.framewise.local.infra;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * Kafka, PostgreSQL and the S3 API, started together in this JVM, with the topics and buckets of the event
 * contract in place. Closing it stops all three, newest first.
 */
public final class LocalInfrastructure implements AutoCloseable {

    private final Endpoints endpoints;
    private final List<AutoCloseable> running;
    private final EmbeddedS3Server storage;
    private final EmbeddedKafkaBroker broker;
    private final EmbeddedPostgresServer database;

    private LocalInfrastructure(Endpoints endpoints, List<AutoCloseable> running, EmbeddedS3Server storage,
                                EmbeddedKafkaBroker broker, EmbeddedPostgresServer database) {
        this.endpoints = endpoints;
        this.running = running;
        this.storage = storage;
        this.broker = broker;
        this.database = database;
    }

    /** The S3 API, for fault tests that stop it for a while ({@link EmbeddedS3Server#pause()}). */
    public EmbeddedS3Server storage() {
        return storage;
    }

    /** The Kafka broker, for fault tests that stop it and start it again ({@link EmbeddedKafkaBroker#stop()}). */
    public EmbeddedKafkaBroker broker() {
        return broker;
    }

    /** PostgreSQL, for fault tests that stop it and start it again ({@link EmbeddedPostgresServer#stop()}). */
    public EmbeddedPostgresServer database() {
        return database;
    }

    /**
     * Stops the broker, waits {@code down}, starts it again on the same ports and log directory: the
     * {@link #endpoints()} stay valid. Returns how long it was unreachable (stop to ready again).
     */
    public Duration restartBroker(Duration down) throws InterruptedException {
        return outage(broker::stop, down, broker::restart);
    }

    /** The same for PostgreSQL: same port, same data directory. */
    public Duration restartDatabase(Duration down) throws InterruptedException {
        return outage(database::stop, down, database::restart);
    }

    private static Duration outage(Runnable stop, Duration down, Runnable start) throws InterruptedException {
        long stopping = System.nanoTime();
        stop.run();
        try {
            Thread.sleep(down.toMillis());
        } finally {
            start.run();
        }
        return Duration.ofNanos(System.nanoTime() - stopping);
    }

    /**
     * Starts the three servers in parallel (they are independent) and provisions topics and buckets.
     *
     * @param progress told of each step as it completes, e.g. "kafka ready on 127.0.0.1:9092"
     */
    public static LocalInfrastructure start(InfraSettings requested, Consumer<String> progress) {
        InfraSettings settings = requested.withFreePorts();
        List<AutoCloseable> running = Collections.synchronizedList(new ArrayList<>());
        // Fresh threads inherit this thread's context class loader, which Kafka uses to find its plugins;
        // the common pool's threads would not.
        ExecutorService starters = Executors.newFixedThreadPool(3);
        try {
            var kafka = CompletableFuture.supplyAsync(() -> started(running, EmbeddedKafkaBroker.start(
                    settings.dataDir().resolve("kafka"), settings.kafkaPort(), settings.kafkaControllerPort(),
                    settings.partitions(), settings.kafkaSasl())), starters);
            var postgres = CompletableFuture.supplyAsync(() -> started(running, EmbeddedPostgresServer.start(
                    settings.dataDir().resolve("postgres"), settings.postgresPort(), settings.database())), starters);
            var s3 = CompletableFuture.supplyAsync(() -> started(running, EmbeddedS3Server.start(
                    settings.dataDir().resolve("s3"), settings.s3Port(), settings.s3AccessKey(),
                    settings.s3SecretKey())), starters);

            EmbeddedS3Server storage = s3.join();
            BucketProvisioner.ensureBuckets(storage.endpoint(), settings.s3AccessKey(), settings.s3SecretKey(),
                    settings.sourceBucket(), settings.renderBucket());
            progress.accept("S3 API ready on " + storage.endpoint() + " (buckets " + settings.sourceBucket() + ", "
                    + settings.renderBucket() + ")");

            EmbeddedPostgresServer database = postgres.join();
            progress.accept("PostgreSQL ready on 127.0.0.1:" + database.port() + " (database " + database.database() + ")");

            EmbeddedKafkaBroker broker = kafka.join();
            Map<String, String> kafkaClient = settings.kafkaSasl().map(KafkaSasl::clientProperties).orElse(Map.of());
            TopicProvisioner.ensureTopics(broker.bootstrapServers(), kafkaClient, settings.partitions());
            progress.accept("Kafka ready on " + broker.bootstrapServers() + " (topics with " + settings.partitions()
                    + " partitions" + settings.kafkaSasl().map(s -> "; SASL/PLAIN, user " + s.username()).orElse("") + ")");

            Endpoints endpoints = new Endpoints(broker.bootstrapServers(), storage.endpoint(), settings.s3AccessKey(),
                    settings.s3SecretKey(), settings.sourceBucket(), settings.renderBucket(), database.jdbcUrl(),
                    database.reactiveUrl(), EmbeddedPostgresServer.USER, "postgres", kafkaClient);
            return new LocalInfrastructure(endpoints, running, storage, broker, database);
        } catch (CompletionException | IllegalStateException e) {
            closeAll(running);
            Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
            throw new IllegalStateException(cause.getMessage(), cause);
        } finally {
            starters.shutdown();
        }
    }

    public Endpoints endpoints() {
        return endpoints;
    }

    @Override
    public void close() {
        closeAll(running);
    }

    private static <T extends AutoCloseable> T started(List<AutoCloseable> running, T server) {
        running.add(server);
        return server;
    }

    private static void closeAll(List<AutoCloseable> running) {
        List<AutoCloseable> newestFirst = new ArrayList<>(running);
        Collections.reverse(newestFirst);
        for (AutoCloseable server : newestFirst) {
            try {
                server.close();
            } catch (Exception e) {
                System.err.println("warning: " + server.getClass().getSimpleName() + " did not stop cleanly: " + e);
            }
        }
        running.clear();
    }
}
