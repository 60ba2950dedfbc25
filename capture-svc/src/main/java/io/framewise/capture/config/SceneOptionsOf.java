package io.framewise.capture.config;

import io.framewise.media.frames.FrameSize;
import io.framewise.media.scene.SceneOptions;

/** The scene detector's options as the service is configured: one mapping, used by the service and its evaluation. */
public final class SceneOptionsOf {

    private SceneOptionsOf() {
    }

    public static SceneOptions config(CaptureConfig config) {
        return new SceneOptions(config.threshold(), config.thresholdSpread(), config.minShot().toMillis(), config.maxCount(),
                config.delay().toMillis(), new FrameSize(config.maxSide(), config.maxSide()),
                config.keyframeScanMaxGap().toMillis());
    }
}
