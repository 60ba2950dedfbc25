package io.framewise.local.infra;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

/**
 * A real Kafka broker in this JVM: one KRaft node acting as broker and controller. Its log directory is
 * formatted once and kept, so a restart over the same directory keeps every topic and offset. Fault tests
 * {@link #stop()} it and {@link #restart()} it while the services keep running: same ports, same log directory,
 * so clients reconnect to the same bootstrap address. With {@link KafkaSasl} its client listener speaks SASL/PLAIN
 * only, so a client without the user and password is refused.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

    private final Properties props;
    private final String bootstrapServers;
    private KafkaRaftServer server; // null while stopped

    private EmbeddedKafkaBroker(Properties props, KafkaRaftServer server, String bootstrapServers) {
        this.props = props;
        this.server = server;
        this.bootstrapServers = bootstrapServers;
    }

    public static EmbeddedKafkaBroker start(Path dataDir, int port, int controllerPort, int defaultPartitions) {
        return start(dataDir, port, controllerPort, defaultPartitions, Optional.empty());
    }

    /** The same, with a SASL/PLAIN client listener when {@code sasl} is given (plaintext otherwise). */
    public static EmbeddedKafkaBroker start(Path dataDir, int port, int controllerPort, int defaultPartitions,
                                            Optional<KafkaSasl> sasl) {
        try {
            Files.createDirectories(dataDir);
            Properties props = brokerProperties(dataDir, port, controllerPort, defaultPartitions);
            sasl.ifPresent(user -> props.putAll(user.brokerProperties(port, controllerPort)));
            Path propsFile = dataDir.resolve("server.properties");
            try (var out = Files.newOutputStream(propsFile)) {
                props.store(out, "written by Framewise for its embedded broker");
            }
            formatOnce(dataDir, propsFile);
            return new EmbeddedKafkaBroker(props, startServer(props), "127.0.0.1:" + port);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the Kafka data directory " + dataDir, e);
        }
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** Shuts the broker down cleanly (clients see connections refused); the log directory stays. */
    public synchronized void stop() {
        if (server != null) {
            server.shutdown();
            server.awaitShutdown();
            server = null;
        }
    }

    /** Starts it again on the same ports over the same log directory (topics, offsets and groups kept). */
    public synchronized void restart() {
        if (server == null) {
            server = startServer(props);
        }
    }

    public synchronized boolean running() {
        return server != null;
    }

    @Override
    public void close() {
        stop();
    }

    private static KafkaRaftServer startServer(Properties props) {
        var server = new KafkaRaftServer(KafkaConfig.fromProps(props, false), Time.SYSTEM);
        server.startup();
        return server;
    }

    private static Properties brokerProperties(Path dataDir, int port, int controllerPort, int partitions) {
        Properties props = new Properties();
        props.setProperty("process.roles", "broker,controller");
        props.setProperty("node.id", "1");
        props.setProperty("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        props.setProperty("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        props.setProperty("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        props.setProperty("controller.listener.names", "CONTROLLER");
        props.setProperty("inter.broker.listener.name", "PLAINTEXT");
        props.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        props.setProperty("log.dirs", dataDir.resolve("logs").toString());
        props.setProperty("num.partitions", String.valueOf(partitions));
        props.setProperty("offsets.topic.replication.factor", "1");
        props.setProperty("offsets.topic.num.partitions", "12");
        props.setProperty("transaction.state.log.replication.factor", "1");
        props.setProperty("transaction.state.log.min.isr", "1");
        props.setProperty("share.coordinator.state.topic.replication.factor", "1");
        props.setProperty("share.coordinator.state.topic.min.isr", "1");
        // A single local node: no reason to hold back the first consumer group join.
        props.setProperty("group.initial.rebalance.delay.ms", "0");
        props.setProperty("auto.create.topics.enable", "true");
        // Share groups are unused; their persister is found by reflection, which breaks inside the
        // class loaders of a Quarkus test. An empty name selects the no-op persister.
        props.setProperty("group.share.persister.class.name", "");
        props.setProperty("log.retention.hours", "168");
        // The log cleaner (for __consumer_offsets and the people topic) keeps a 128 MiB key map on the heap by
        // default, sized for brokers with millions of keys; a few thousand here fit in 8 MiB many times over.
        props.setProperty("log.cleaner.dedupe.buffer.size", String.valueOf(8 * 1024 * 1024));
        props.setProperty("log.cleaner.threads", "1");
        return props;
    }

    private static void formatOnce(Path dataDir, Path propsFile) {
        if (Files.exists(dataDir.resolve("logs").resolve("meta.properties"))) {
            return;
        }
        String[] args = {"format", "-t", Uuid.randomUuid().toString(), "-c", propsFile.toString(), "--ignore-formatted"};
        var sink = new PrintStream(java.io.OutputStream.nullOutputStream());
        int exit = StorageTool.execute(args, sink);
        if (exit != 0) {
            throw new IllegalStateException("formatting the Kafka log directory failed with exit code " + exit);
        }
    }
}
