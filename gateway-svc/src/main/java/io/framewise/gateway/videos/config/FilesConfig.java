package io.framewise.gateway.videos.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Render files streamed by the gateway ({@code GET /videos/{id}/files/…}; {@code framewise.gateway.files.*}). */
@ConfigMapping(prefix = "framewise.gateway.files")
public interface FilesConfig {

    /**
     * Files streamed out at once by this instance; each holds an object-store connection while it streams, so this
     * stays well below the store client's pool (32) and uploads always find a connection. More get 503.
     */
    @WithDefault("16")
    int maxConcurrent();

    /** A reader that takes nothing of what was sent for this long is cut off (its slot and connection freed). */
    @WithDefault("PT30S")
    Duration writeIdleTimeout();
}
