package io.framewise.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.util.Optional;

@ConfigMapping(prefix = "framewise.gateway")
public interface GatewayConfig {

    /** Largest upload accepted, in bytes (default 2 GiB); bigger ones get 413. */
    @WithDefault("2147483648")
    long maxUploadBytes();

    /** Where uploads are spooled before they go to the object store; the system temp dir by default. */
    Optional<Path> spoolDirectory();

    /** Public base URL used in statusUrl links; by default taken from the request. */
    Optional<String> publicUrl();
}
