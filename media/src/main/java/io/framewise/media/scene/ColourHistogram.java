package io.framewise.media.scene;

import java.nio.ByteBuffer;

/**
 * How much of a picture has which colour, in 4×4×4 bins. Where a cut joins two shots of similar overall tone
 * (two daylight photos, both letterboxed) the grid of mean colours barely moves, but the colours present do.
 */
final class ColourHistogram {

    private static final int LEVELS = 4;

    private final float[] shares;

    private ColourHistogram(float[] shares) {
        this.shares = shares;
    }

    /** Counts every second pixel of every second row of a packed BGR24 picture. */
    static ColourHistogram ofBgr(ByteBuffer pixels, int width, int height, int stride) {
        float[] counts = new float[LEVELS * LEVELS * LEVELS];
        int sampled = 0;
        for (int y = 0; y < height; y += 2) {
            int row = y * stride;
            for (int x = 0; x < width; x += 2) {
                int offset = row + x * 3;
                int blue = (pixels.get(offset) & 0xff) * LEVELS / 256;
                int green = (pixels.get(offset + 1) & 0xff) * LEVELS / 256;
                int red = (pixels.get(offset + 2) & 0xff) * LEVELS / 256;
                counts[(red * LEVELS + green) * LEVELS + blue]++;
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
