package io.framewise.media.scene;

/**
 * A picture reduced to the mean colour of a coarse grid of cells: cheap to compute and enough to tell one shot
 * from another. Colour, not just brightness: a cut from red to green keeps nearly the same luma.
 */
final class ColourGrid {

    static final int COLUMNS = 64;
    static final int ROWS = 36;

    private final float[] channels;

    private ColourGrid(float[] channels) {
        this.channels = channels;
    }

    /** Averages four pixels per cell. */
    static ColourGrid of(Picture picture) {
        int width = picture.width();
        int height = picture.height();
        float[] channels = new float[COLUMNS * ROWS * 3];
        int[] pixel = new int[3];
        for (int row = 0; row < ROWS; row++) {
            for (int column = 0; column < COLUMNS; column++) {
                int cell = (row * COLUMNS + column) * 3;
                for (int dy = 1; dy <= 3; dy += 2) {
                    int y = Math.min(height - 1, (row * 4 + dy) * height / (ROWS * 4));
                    for (int dx = 1; dx <= 3; dx += 2) {
                        int x = Math.min(width - 1, (column * 4 + dx) * width / (COLUMNS * 4));
                        picture.sample(x, y, pixel);
                        channels[cell] += pixel[0] / 4f;
                        channels[cell + 1] += pixel[1] / 4f;
                        channels[cell + 2] += pixel[2] / 4f;
                    }
                }
            }
        }
        return new ColourGrid(channels);
    }

    /** Mean absolute difference to another grid, 0 (same) to 100 (black against white). */
    double differenceTo(ColourGrid other) {
        double sum = 0;
        for (int i = 0; i < channels.length; i++) {
            sum += Math.abs(channels[i] - other.channels[i]);
        }
        return sum / channels.length * 100.0 / 255.0;
    }
}
