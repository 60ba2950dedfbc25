package io.framewise.local.launcher;

import java.nio.file.Path;
import java.util.List;

/**
 * One Framewise service as the launcher runs it: its module, its first HTTP port, whether it gets the database
 * (status-svc owns the public schema, gateway-svc its own {@code gateway} schema for webhooks and ingests).
 */
public record ServiceSpec(String name, int basePort, boolean ownsDatabase, boolean worker) {

    /** Every service, in the order they start (consumers before producers, the gateway last). */
    public static final List<ServiceSpec> ALL = List.of(
            new ServiceSpec("status-svc", 8085, true, false),
            new ServiceSpec("session-svc", 8081, false, false),
            new ServiceSpec("gif-svc", 8082, false, true),
            new ServiceSpec("capture-svc", 8083, false, true),
            new ServiceSpec("label-svc", 8084, false, true),
            new ServiceSpec("transcode-svc", 8086, false, true),
            new ServiceSpec("transcribe-svc", 8087, false, true),
            new ServiceSpec("gateway-svc", 8080, true, false));

    public static ServiceSpec named(String name) {
        String full = name.endsWith("-svc") ? name : name + "-svc";
        return ALL.stream().filter(s -> s.name().equals(full)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no service called " + name + " (services: "
                        + ALL.stream().map(ServiceSpec::name).toList() + ")"));
    }

    /** The runnable Quarkus application the module's build produces. */
    public Path runnableJar(Path projectRoot) {
        return projectRoot.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
    }
}
