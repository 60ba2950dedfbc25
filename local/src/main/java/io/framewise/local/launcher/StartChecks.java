package io.framewise.local.launcher;

import io.framewise.local.infra.Ports;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;

/** What is checked before anything starts, so a missing jar or a taken port is named before anything half-starts. */
final class StartChecks {

    private StartChecks() {
    }

    static void built(StackOptions options) {
        for (ServiceSpec spec : ServiceSpec.ALL) {
            if (!Files.isRegularFile(spec.runnableJar(options.projectRoot()))) {
                throw new IllegalStateException(spec.name() + " is not built (" + spec.runnableJar(options.projectRoot())
                        + " is missing): run ./mvnw -DskipTests install, or ./framewise up which builds it");
            }
        }
    }

    static void portsFree(StackOptions options) {
        if (options.ephemeralPorts()) {
            return;
        }
        Map<Integer, String> wanted = new LinkedHashMap<>();
        wanted.put(options.kafkaPort(), "Kafka (FRAMEWISE_KAFKA_PORT)");
        wanted.put(options.kafkaPort() + 1, "the Kafka controller (FRAMEWISE_KAFKA_PORT + 1)");
        wanted.put(options.postgresPort(), "PostgreSQL (FRAMEWISE_POSTGRES_PORT)");
        wanted.put(options.s3Port(), "the S3 API (FRAMEWISE_S3_PORT)");
        for (ServiceSpec spec : ServiceSpec.ALL) {
            for (int replica = 0; replica < options.processesOf(spec); replica++) {
                String what = spec.name().equals("gateway-svc") ? "the gateway (FRAMEWISE_HTTP_PORT)" : spec.name();
                for (int port : new int[] {options.portOf(spec, replica), options.managementPortOf(spec, replica)}) {
                    String purpose = port == options.portOf(spec, replica) ? what : spec.name() + "'s management interface";
                    String clash = wanted.put(port, purpose);
                    if (clash != null) {
                        throw new PortInUseException("port " + port + " is wanted by both " + clash + " and " + purpose);
                    }
                }
            }
        }
        for (var entry : wanted.entrySet()) {
            if (!Ports.isFree(entry.getKey())) {
                throw new PortInUseException("port " + entry.getKey() + " is already in use; it is needed for "
                        + entry.getValue() + ". Stop whatever uses it, or choose another port with that variable.");
            }
        }
    }
}
