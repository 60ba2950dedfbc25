package io.framewise.local.launcher;

import io.framewise.events.Stage;
import io.framewise.local.infra.KafkaSasl;
import java.net.URI;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What {@code ./framewise up} was asked for: where the project and its data are, the public port, how many
 * processes of each worker service to run, where the services send their traces (nowhere unless asked), and the
 * stages session-svc plans ({@code FRAMEWISE_SESSION_STAGES}; empty: all six): a worker none of whose stages is
 * planned is not started, since no video would ever reach it; and who can reach it ({@link Access}). With
 * {@code kafkaSasl} the broker takes SASL/PLAIN clients only ({@code FRAMEWISE_KAFKA_SASL=true}), and every service
 * is given the user and password. With {@code startupCache} each service starts from a JDK 25 ahead-of-time cache of
 * its last run ({@link StartupCache}; {@code FRAMEWISE_STARTUP_CACHE=false} turns it off); a stack started for a
 * test never records one, since that costs each JVM a few seconds of CPU when it stops.
 */
public record StackOptions(Path projectRoot, Path dataDir, int httpPort, int kafkaPort, int postgresPort,
                           int s3Port, Map<String, Integer> workers, boolean ephemeralPorts,
                           Optional<URI> tracingEndpoint, Set<Stage> plannedStages, Access access,
                           Optional<KafkaSasl> kafkaSasl, boolean startupCache) {

    /** The variable that turns tracing on: the OTLP/HTTP receiver every service sends its spans to. */
    public static final String TRACING_ENDPOINT = "FRAMEWISE_TRACING_ENDPOINT";
    /** The variable session-svc reads its plan from (the launcher passes its environment on to the services). */
    public static final String SESSION_STAGES = "FRAMEWISE_SESSION_STAGES";
    /** {@code true}: the broker wants SASL/PLAIN ({@code FRAMEWISE_KAFKA_SASL_PASSWORD}, else a random password). */
    public static final String KAFKA_SASL = "FRAMEWISE_KAFKA_SASL";
    /** {@code false}: the services start without their JDK 25 start-up cache ({@link StartupCache}). */
    public static final String STARTUP_CACHE = "FRAMEWISE_STARTUP_CACHE";

    /** A stack on free ports over a scratch directory: what end-to-end tests run. */
    public static StackOptions ephemeral(Path projectRoot, Path dataDir) {
        return new StackOptions(projectRoot, dataDir, 0, 0, 0, 0, Map.of(), true, Optional.empty(), Set.of(),
                Access.local(), Optional.empty(), false);
    }

    public static StackOptions fromEnvironment(Path projectRoot, Map<String, String> env) {
        return new StackOptions(projectRoot,
                Path.of(env.getOrDefault("FRAMEWISE_DATA_DIR", projectRoot.resolve(".framewise").toString())),
                intOf(env, "FRAMEWISE_HTTP_PORT", 8080),
                intOf(env, "FRAMEWISE_KAFKA_PORT", 9092),
                intOf(env, "FRAMEWISE_POSTGRES_PORT", 15432),
                intOf(env, "FRAMEWISE_S3_PORT", 9000),
                Map.of(), false,
                Optional.ofNullable(env.get(TRACING_ENDPOINT)).filter(v -> !v.isBlank()).map(URI::create),
                stagesOf(env.get(SESSION_STAGES)), Access.fromEnvironment(env), saslOf(env),
                !"false".equalsIgnoreCase(env.getOrDefault(STARTUP_CACHE, "true").trim()));
    }

    /** Parses {@code gif=2,capture=2,label=3}. */
    public StackOptions withWorkers(String spec) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String part : spec.split(",")) {
            String[] pair = part.trim().split("=");
            if (pair.length != 2) {
                throw new IllegalArgumentException("--workers takes name=count pairs, e.g. capture=2,label=2");
            }
            ServiceSpec service = ServiceSpec.named(pair[0].trim());
            if (!service.worker()) {
                throw new IllegalArgumentException(service.name() + " is not a worker service; workers are "
                        + ServiceSpec.ALL.stream().filter(ServiceSpec::worker).map(ServiceSpec::name).toList());
            }
            int count = Integer.parseInt(pair[1].trim());
            if (count < 1 || count > 8) {
                throw new IllegalArgumentException("worker count for " + service.name() + " must be 1..8");
            }
            counts.put(service.name(), count);
        }
        return new StackOptions(projectRoot, dataDir, httpPort, kafkaPort, postgresPort, s3Port, Map.copyOf(counts),
                ephemeralPorts, tracingEndpoint, plannedStages, access, kafkaSasl, startupCache);
    }

    /** Every service sends its spans to this OTLP/HTTP receiver (e.g. http://localhost:4318). */
    public StackOptions withTracing(URI endpoint) {
        return new StackOptions(projectRoot, dataDir, httpPort, kafkaPort, postgresPort, s3Port, workers,
                ephemeralPorts, Optional.of(endpoint), plannedStages, access, kafkaSasl, startupCache);
    }

    /** The stages session-svc will plan, as {@code FRAMEWISE_SESSION_STAGES} lists them (blank or null: all). */
    public StackOptions withStages(String stages) {
        return new StackOptions(projectRoot, dataDir, httpPort, kafkaPort, postgresPort, s3Port, workers,
                ephemeralPorts, tracingEndpoint, stagesOf(stages), access, kafkaSasl, startupCache);
    }

    /** Who can reach the stack: the gateway's address and its API key ({@link Access}). */
    public StackOptions withAccess(Access newAccess) {
        return new StackOptions(projectRoot, dataDir, httpPort, kafkaPort, postgresPort, s3Port, workers,
                ephemeralPorts, tracingEndpoint, plannedStages, newAccess, kafkaSasl, startupCache);
    }

    /** The broker takes SASL/PLAIN clients only, with this user; every service gets it. */
    public StackOptions withKafkaSasl(KafkaSasl sasl) {
        return new StackOptions(projectRoot, dataDir, httpPort, kafkaPort, postgresPort, s3Port, workers,
                ephemeralPorts, tracingEndpoint, plannedStages, access, Optional.of(sasl), startupCache);
    }

    /** 0 for a worker no planned stage needs. */
    public int processesOf(ServiceSpec service) {
        return service.neededFor(plannedStages) ? workers.getOrDefault(service.name(), 1) : 0;
    }

    /** The gateway takes the public port; the others keep their base ports, replicas counting up by 10. */
    public int portOf(ServiceSpec service, int replica) {
        if (ephemeralPorts) {
            return io.framewise.local.infra.Ports.free();
        }
        int base = service.name().equals("gateway-svc") ? httpPort : service.basePort();
        return base + 10 * replica;
    }

    /**
     * Where the process's management interface (/q/health, /q/metrics) listens: its base management port, replicas
     * counting up by 10 like their HTTP ports. The gateway's stays 9180 whatever FRAMEWISE_HTTP_PORT says.
     */
    public int managementPortOf(ServiceSpec service, int replica) {
        if (ephemeralPorts) {
            return io.framewise.local.infra.Ports.free();
        }
        return service.managementBasePort() + 10 * replica;
    }

    /** Parsed as session-svc parses it: a name that is no stage is refused here, before anything starts. */
    private static Set<Stage> stagesOf(String list) {
        if (list == null || list.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty()).map(Stage::fromWire)
                .collect(Collectors.toUnmodifiableSet());
    }

    private static Optional<KafkaSasl> saslOf(Map<String, String> env) {
        if (!Boolean.parseBoolean(env.getOrDefault(KAFKA_SASL, "false").trim())) {
            return Optional.empty();
        }
        String password = env.get(KAFKA_SASL + "_PASSWORD");
        return Optional.of(password == null || password.isBlank() ? KafkaSasl.generated()
                : new KafkaSasl("framewise", password));
    }

    private static int intOf(Map<String, String> env, String name, int fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a port number, was '" + value + "'");
        }
    }
}
