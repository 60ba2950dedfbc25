package io.framewise.label.config;

import io.framewise.label.model.DetectorModel;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** label-svc's settings ({@code framewise.labels.*}): how many labels to keep and which model runs how. */
@ConfigMapping(prefix = "framewise.labels")
public interface LabelConfig {
    String DEFAULT_MAX_LABELS = "100";
    String DEFAULT_MIN_CONFIDENCE = "20";

    /** At most this many labels per capture, best first (S1 passed MaxLabels=100 to Rekognition). */
    @WithDefault(DEFAULT_MAX_LABELS)
    int maxLabels();

    /**
     * Labels below this confidence (percent, 0..100) are dropped. Confidences are calibrated: a label at 20 is right
     * about one time in five; 20 is the highest value that still names the main object of 90 % of the dev photos
     * (README "Model").
     */
    @WithDefault(DEFAULT_MIN_CONFIDENCE)
    double minConfidence();

    /** Which detector: nanodet (default) or centernet. */
    @WithDefault("nanodet")
    DetectorModel model();

    /** ONNX Runtime intra-op threads per inference; 1 lets several captures be labelled in parallel on few cores. */
    @WithDefault("1")
    int threads();
}
