package io.framewise.media.scene;

/**
 * A picture reduced to the mean luma and colour of a grid of cells over its {@link ContentArea}: cheap to compute,
 * and enough to tell one shot from another. Luma tells most cuts apart; colour catches a cut between pictures of
 * the same brightness (red to green). Measured over the content area only, so black bars dilute nothing.
 */
final class Signature {

    static final int COLUMNS = 64;
    static final int ROWS = 36;
    private static final int CELLS = COLUMNS * ROWS;

    private final float[] luma = new float[CELLS];
    private final float[] blueDifference = new float[CELLS];
    private final float[] redDifference = new float[CELLS];
    private final double meanLuma;

    private Signature(Picture picture, ContentArea area) {
        int[] pixel = new int[3];
        double sum = 0;
        for (int row = 0; row < ROWS; row++) {
            for (int column = 0; column < COLUMNS; column++) {
                int cell = row * COLUMNS + column;
                // Four pixels per cell, at the quarters of its width and height.
                for (int dy = 1; dy <= 3; dy += 2) {
                    int y = Math.min(area.bottom() - 1, area.top() + (row * 4 + dy) * area.height() / (ROWS * 4));
                    for (int dx = 1; dx <= 3; dx += 2) {
                        int x = Math.min(area.right() - 1,
                                area.left() + (column * 4 + dx) * area.width() / (COLUMNS * 4));
                        picture.sample(x, y, pixel);
                        luma[cell] += pixel[0] / 4f;
                        blueDifference[cell] += pixel[1] / 4f;
                        redDifference[cell] += pixel[2] / 4f;
                    }
                }
                sum += luma[cell];
            }
        }
        meanLuma = sum / CELLS;
    }

    static Signature of(Picture picture) {
        return new Signature(picture, ContentArea.of(picture));
    }

    /**
     * How different two pictures are, 0 (same) to 1: the mean difference of their cells' luma, or of their
     * colour if that is larger (on 0..255, divided by 255).
     */
    double differenceTo(Signature other) {
        double lumaSum = 0;
        double colourSum = 0;
        for (int i = 0; i < CELLS; i++) {
            lumaSum += Math.abs(luma[i] - other.luma[i]);
            colourSum += Math.abs(blueDifference[i] - other.blueDifference[i])
                    + Math.abs(redDifference[i] - other.redDifference[i]);
        }
        return Math.max(lumaSum, colourSum / 2) / CELLS / 255;
    }

    /**
     * How far {@code middle} is from every blend of {@code before} and {@code after} (in luma, relative to how far
     * those two are apart): about 0 inside a cross-fade, whose pictures are such blends; large for a pan or a zoom,
     * whose pictures are moved, not blended.
     */
    static double blendResidual(Signature before, Signature middle, Signature after) {
        double dot = 0;
        double norm = 0;
        for (int i = 0; i < CELLS; i++) {
            double span = before.luma[i] - after.luma[i];
            dot += (middle.luma[i] - after.luma[i]) * span;
            norm += span * span;
        }
        if (norm == 0) {
            return 1;
        }
        double share = Math.clamp(dot / norm, 0, 1);
        double residual = 0;
        double distance = 0;
        for (int i = 0; i < CELLS; i++) {
            double blend = share * before.luma[i] + (1 - share) * after.luma[i];
            residual += Math.abs(middle.luma[i] - blend);
            distance += Math.abs(before.luma[i] - after.luma[i]);
        }
        return residual / distance;
    }

    /** Mean luma, 0..255. */
    double meanLuma() {
        return meanLuma;
    }
}
