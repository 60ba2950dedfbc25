package io.framewise.media.scene;

/**
 * How much of a picture has which colour, in 4×4×4 bins. Where a cut joins two shots of similar overall tone
 * (two daylight photos, both letterboxed) the grid of mean colours barely moves, but the colours present do.
 */
final class ColourHistogram {

    private static final int LEVELS = 4;
    /** About 160x90 samples whatever the picture's size. */
    private static final int SAMPLES_ACROSS = 160;

    private final float[] shares;

    private ColourHistogram(float[] shares) {
        this.shares = shares;
    }

    static ColourHistogram of(Picture picture) {
        float[] counts = new float[LEVELS * LEVELS * LEVELS];
        int step = Math.max(1, picture.width() / SAMPLES_ACROSS);
        int[] pixel = new int[3];
        int sampled = 0;
        for (int y = step / 2; y < picture.height(); y += step) {
            for (int x = step / 2; x < picture.width(); x += step) {
                picture.sample(x, y, pixel);
                counts[((pixel[0] * LEVELS >> 8) * LEVELS + (pixel[1] * LEVELS >> 8)) * LEVELS
                        + (pixel[2] * LEVELS >> 8)]++;
                sampled++;
            }
        }
        for (int i = 0; i < counts.length; i++) {
            counts[i] /= sampled;
        }
        return new ColourHistogram(counts);
    }

    /** The share of the picture whose colour changed bin, 0 (same colours) to 100 (no colour in common). */
    double differenceTo(ColourHistogram other) {
        double sum = 0;
        for (int i = 0; i < shares.length; i++) {
            sum += Math.abs(shares[i] - other.shares[i]);
        }
        return sum / 2 * 100.0;
    }
}
