package io.framewise.label.model;

/**
 * How a detector wants its input pixels: channel order and per-channel {@code (value - mean) / std}, values 0..255.
 *
 * @param bgr  channels in B, G, R order (OpenCV-trained models such as NanoDet), else R, G, B
 * @param mean per channel, in the model's channel order
 * @param std  per channel, in the model's channel order
 */
public record Normalisation(String name, boolean bgr, float[] mean, float[] std) {

    /** NanoDet's training pipeline (its configs' {@code normalize}), on OpenCV's BGR images. */
    public static final Normalisation NANODET_BGR = new Normalisation("bgr-mean-std", true,
            new float[]{103.53f, 116.28f, 123.675f}, new float[]{57.375f, 57.12f, 58.395f});
    /** What {@code @vladmandic/human} feeds its NanoDet: RGB scaled to 0..1. */
    public static final Normalisation RGB_UNIT = new Normalisation("rgb/255", false,
            new float[]{0, 0, 0}, new float[]{255, 255, 255});
    /** Raw RGB 0..255: what {@code @vladmandic/human} feeds its CenterNet. */
    public static final Normalisation RGB_RAW = new Normalisation("rgb", false,
            new float[]{0, 0, 0}, new float[]{1, 1, 1});
    /** Raw BGR 0..255. */
    public static final Normalisation BGR_RAW = new Normalisation("bgr", true,
            new float[]{0, 0, 0}, new float[]{1, 1, 1});

    @Override
    public String toString() {
        return name;
    }
}
