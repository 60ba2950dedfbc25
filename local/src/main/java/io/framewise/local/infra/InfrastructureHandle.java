package io.framewise.local.infra;

import java.nio.file.Path;
import java.util.Map;

/**
 * A plain-types entry point for starting the infrastructure from another class loader (see the testkit's
 * isolated loader): only JDK types cross the boundary.
 */
public final class InfrastructureHandle implements AutoCloseable {

    private final LocalInfrastructure infrastructure;

    private InfrastructureHandle(LocalInfrastructure infrastructure) {
        this.infrastructure = infrastructure;
    }

    public static InfrastructureHandle startEphemeral(String dataDir) {
        // A broker's fatal error must fail the test that needs it, not end the test JVM.
        org.apache.kafka.common.utils.Exit.setExitProcedure((code, message) -> {
            throw new IllegalStateException("the embedded Kafka broker failed (exit " + code + "): " + message);
        });
        org.apache.kafka.common.utils.Exit.setHaltProcedure((code, message) -> {
            throw new IllegalStateException("the embedded Kafka broker failed (halt " + code + "): " + message);
        });
        return new InfrastructureHandle(LocalInfrastructure.start(InfraSettings.ephemeral(Path.of(dataDir)),
                step -> System.out.println("[infra] " + step)));
    }

    /** The endpoints as service configuration properties. */
    public Map<String, String> configProperties() {
        return infrastructure.endpoints().asConfigProperties();
    }

    @Override
    public void close() {
        infrastructure.close();
    }
}
