package io.framewise.media.frames;

/** An output size that keeps the source's aspect ratio, never enlarges it, and has even sides (for YUV 4:2:0). */
public record FrameSize(int width, int height) {

    public FrameSize {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("size must be positive, was " + width + "x" + height);
        }
    }

    /** The source scaled down, if needed, to fit inside {@code maxWidth × maxHeight}. */
    public static FrameSize within(int sourceWidth, int sourceHeight, int maxWidth, int maxHeight) {
        if (sourceWidth <= 0 || sourceHeight <= 0) {
            throw new IllegalArgumentException("source size must be positive, was " + sourceWidth + "x" + sourceHeight);
        }
        double scale = Math.min(1.0, Math.min((double) maxWidth / sourceWidth, (double) maxHeight / sourceHeight));
        return new FrameSize(even(sourceWidth * scale), even(sourceHeight * scale));
    }

    private static int even(double side) {
        return Math.max(2, (int) Math.round(side / 2.0) * 2);
    }
}
