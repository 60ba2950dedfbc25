package io.framewise.gateway.core.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.util.Optional;

@ConfigMapping(prefix = "framewise.gateway")
public interface GatewayConfig {

    /** Largest upload accepted, in bytes (default 2 GiB); bigger ones get 413, for every way of uploading. */
    @WithDefault("2147483648")
    long maxUploadBytes();

    /** Largest JSON request body, in bytes; JSON requests must declare their Content-Length. */
    @WithDefault("65536")
    int maxJsonBytes();

    /** Where uploads are spooled before they go to the object store; the system temp dir by default. */
    Optional<Path> spoolDirectory();

    /** Public base URL used in statusUrl links; by default taken from the request. */
    Optional<String> publicUrl();

    /** The directory uploads and imports are spooled in. */
    default Path spoolDirectoryOrTemp() {
        return spoolDirectory().orElse(Path.of(System.getProperty("java.io.tmpdir")));
    }
}
