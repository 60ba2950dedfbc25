package io.framewise.media.scene;

/**
 * The part of a picture that shows the video, without the black bars of a letterboxed or pillarboxed picture: a
 * 4:3 photo in a 16:9 frame leaves a quarter of the frame black in both shots of a cut, which dilutes every
 * difference by as much. A bar is a band along an edge, at least {@link #MIN_BAR} of the side, in which every
 * sampled pixel is black; thinner dark edges (a dark scene's vignette) are kept, so the area does not flicker
 * within a shot. An all-black picture (a fade) keeps its whole frame.
 */
record ContentArea(int left, int right, int top, int bottom) {

    /** Luma at or below which a pixel is black (video black is 16, full-range black 0). */
    private static final int BLACK = 28;
    /** A bar thinner than this share of the side is no bar. */
    private static final double MIN_BAR = 0.03;
    private static final int SAMPLES_ALONG = 48;

    int width() {
        return right - left;
    }

    int height() {
        return bottom - top;
    }

    static ContentArea of(Picture picture) {
        int width = picture.width();
        int height = picture.height();
        int[] pixel = new int[3];
        int top = 0;
        while (top < height / 2 && black(picture, 0, width, top, true, pixel)) {
            top += 2;
        }
        int bottom = height;
        while (bottom > height / 2 && black(picture, 0, width, bottom - 1, true, pixel)) {
            bottom -= 2;
        }
        int left = 0;
        while (left < width / 2 && black(picture, top, bottom, left, false, pixel)) {
            left += 2;
        }
        int right = width;
        while (right > width / 2 && black(picture, top, bottom, right - 1, false, pixel)) {
            right -= 2;
        }
        if (top >= height / 2 || left >= width / 2) {
            return new ContentArea(0, width, 0, height); // black all over
        }
        int minRows = (int) Math.ceil(height * MIN_BAR);
        int minColumns = (int) Math.ceil(width * MIN_BAR);
        return new ContentArea(left < minColumns ? 0 : left, width - right < minColumns ? width : right,
                top < minRows ? 0 : top, height - bottom < minRows ? height : bottom);
    }

    private static boolean black(Picture picture, int from, int to, int at, boolean row, int[] pixel) {
        for (int i = 0; i < SAMPLES_ALONG; i++) {
            int along = from + (int) ((to - from) * (i + 0.5) / SAMPLES_ALONG);
            if (row) {
                picture.sample(along, at, pixel);
            } else {
                picture.sample(at, along, pixel);
            }
            if (pixel[0] > BLACK) {
                return false;
            }
        }
        return true;
    }
}
