package io.framewise.local.launcher;

import io.framewise.events.Stage;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * One Framewise service as the launcher runs it: its module, its first HTTP port (its management interface, /q/*,
 * takes that port plus {@value #MANAGEMENT_OFFSET}, as the service's application.properties has it), whether it gets the database
 * (status-svc owns the public schema, gateway-svc its own {@code gateway} schema for webhooks and ingests), and the
 * stages of session-svc's plan it performs (none: it is needed whatever the plan).
 */
public record ServiceSpec(String name, int basePort, boolean ownsDatabase, boolean worker, Set<Stage> stages) {

    /** From a service's HTTP port to its management port: 8080 → 9180 … 8087 → 9187. */
    public static final int MANAGEMENT_OFFSET = 1100;

    /** Every service, in the order they start (consumers before producers, the gateway last). */
    public static final List<ServiceSpec> ALL = List.of(
            new ServiceSpec("status-svc", 8085, true, false, Set.of()),
            new ServiceSpec("session-svc", 8081, false, false, Set.of()),
            new ServiceSpec("gif-svc", 8082, false, true, Set.of(Stage.PREVIEW)),
            new ServiceSpec("capture-svc", 8083, false, true, Set.of(Stage.CAPTURES, Stage.LABELS)),
            new ServiceSpec("label-svc", 8084, false, true, Set.of(Stage.LABELS)),
            new ServiceSpec("transcode-svc", 8086, false, true, Set.of(Stage.STORYBOARD, Stage.TRANSCODE)),
            new ServiceSpec("transcribe-svc", 8087, false, true, Set.of(Stage.TRANSCRIBE)),
            new ServiceSpec("gateway-svc", 8080, true, false, Set.of()));

    public static ServiceSpec named(String name) {
        String full = name.endsWith("-svc") ? name : name + "-svc";
        return ALL.stream().filter(s -> s.name().equals(full)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no service called " + name + " (services: "
                        + ALL.stream().map(ServiceSpec::name).toList() + ")"));
    }

    /** The first process's management port (health, metrics): 9180 for gateway-svc … 9187 for transcribe-svc. */
    public int managementBasePort() {
        return basePort + MANAGEMENT_OFFSET;
    }

    /** Whether a video planned with these stages (empty: all of them) needs this service. */
    public boolean neededFor(Set<Stage> plannedStages) {
        return stages.isEmpty() || plannedStages.isEmpty() || stages.stream().anyMatch(plannedStages::contains);
    }

    /** The runnable Quarkus application the module's build produces. */
    public Path runnableJar(Path projectRoot) {
        return projectRoot.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
    }
}
