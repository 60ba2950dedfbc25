package io.framewise.local.infra;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the embedded infrastructure keeps its data and which ports it takes. Ports of 0 mean "any free
 * port" (tests); the launcher uses fixed, documented ports so outside tools can connect. With {@code kafkaSasl},
 * the broker wants SASL/PLAIN from every client.
 */
public record InfraSettings(
        Path dataDir,
        int kafkaPort,
        int kafkaControllerPort,
        int postgresPort,
        int s3Port,
        int partitions,
        String database,
        String sourceBucket,
        String renderBucket,
        String s3AccessKey,
        String s3SecretKey,
        Optional<KafkaSasl> kafkaSasl) {

    public static final String DEFAULT_SOURCE_BUCKET = "framewise-source";
    public static final String DEFAULT_RENDER_BUCKET = "framewise-render";

    /** Fresh ports and the default names, over the given directory: what tests use. */
    public static InfraSettings ephemeral(Path dataDir) {
        return new InfraSettings(dataDir, 0, 0, 0, 0, 12, "framewise", DEFAULT_SOURCE_BUCKET,
                DEFAULT_RENDER_BUCKET, "framewise", "framewise-secret", Optional.empty());
    }

    /** The same settings with every 0 port replaced by a free one. */
    public InfraSettings withFreePorts() {
        return new InfraSettings(dataDir, Ports.orFree(kafkaPort), Ports.orFree(kafkaControllerPort),
                Ports.orFree(postgresPort), Ports.orFree(s3Port), partitions, database, sourceBucket, renderBucket,
                s3AccessKey, s3SecretKey, kafkaSasl);
    }

    /** The same settings with a broker that wants SASL/PLAIN from this user. */
    public InfraSettings withKafkaSasl(KafkaSasl sasl) {
        return new InfraSettings(dataDir, kafkaPort, kafkaControllerPort, postgresPort, s3Port, partitions, database,
                sourceBucket, renderBucket, s3AccessKey, s3SecretKey, Optional.of(sasl));
    }
}
