package io.framewise.local.launcher;

import io.framewise.local.infra.Endpoints;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * The Kafka client settings of a broker that wants SASL, written for outside tools
 * ({@code kafka-console-consumer.sh --consumer.config}, {@code kcat -F}), readable by the owner only. Absent for a
 * plaintext broker: a file left by an earlier SASL run is removed.
 */
public final class KafkaClientConfigFile {

    private KafkaClientConfigFile() {
    }

    public static Path in(Path dataDir) {
        return dataDir.resolve("kafka-client.properties");
    }

    static void write(Path dataDir, boolean sasl, Endpoints endpoints) {
        Path file = in(dataDir);
        try {
            Files.deleteIfExists(file);
            if (sasl) {
                var lines = new ArrayList<>(List.of("# written by ./framewise up: the broker wants SASL/PLAIN",
                        "bootstrap.servers=" + endpoints.kafkaBootstrapServers()));
                new TreeMap<>(endpoints.kafkaClientProperties()).forEach((key, value) -> lines.add(key + "=" + value));
                Files.write(file, lines);
                file.toFile().setReadable(false, false);
                file.toFile().setReadable(true, true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
