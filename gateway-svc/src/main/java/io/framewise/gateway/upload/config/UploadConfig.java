package io.framewise.gateway.upload.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Uploads through the gateway and presigned ones ({@code framewise.gateway.uploads.*}). */
@ConfigMapping(prefix = "framewise.gateway.uploads")
public interface UploadConfig {

    /**
     * Uploads streaming into this instance at once ({@code POST /videos}); more get 503 with Retry-After at once,
     * before their bodies are read, so slow uploaders cannot tie up every spool slot and worker.
     */
    @WithDefault("8")
    int maxConcurrent();

    /** How often expired presigned upload tickets are swept (read by the scheduler itself). */
    @WithDefault("5m")
    String sweepEvery();

    /** How long after its expiry a presigned upload URL's ticket is swept (a PUT begun just before may finish). */
    @WithDefault("PT1M")
    Duration sweepGrace();
}
