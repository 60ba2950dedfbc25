package io.framewise.label.model;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;

/**
 * The content of a frame without its black bars: a 4:3 or square photo in a 16:9 video is stored by capture-svc as a
 * 1280x720 frame with black bars (pillarbox) or a wide one with bars above and below (letterbox). Fed whole to a
 * detector, the bars only take input pixels away from the picture.
 *
 * <p>A row (column) at an edge is a bar when nearly all its pixels are nearly black (JPEG leaves some noise); rows are
 * taken off from each edge until one is not. Nothing is cropped when that would leave less than a fifth of a side
 * (a dark picture is not all bar).
 */
final class BlackBorders {

    /** Brightest channel value a bar pixel may have (0..255): JPEG ringing near the picture's edge stays below it. */
    private static final int DARK = 24;
    /** Share of a row's pixels that must be dark for the row to be a bar. */
    private static final double BAR_SHARE = 0.98;
    private static final double MIN_KEPT = 0.2;

    private BlackBorders() {
    }

    static Rectangle content(BufferedImage image) {
        int w = image.getWidth(), h = image.getHeight();
        int[] px = image.getRGB(0, 0, w, h, null, 0, w);
        int top = 0, bottom = h, left = 0, right = w;
        while (top < bottom - 1 && darkRow(px, w, top, left, right)) top++;
        while (bottom - 1 > top && darkRow(px, w, bottom - 1, left, right)) bottom--;
        while (left < right - 1 && darkColumn(px, w, left, top, bottom)) left++;
        while (right - 1 > left && darkColumn(px, w, right - 1, top, bottom)) right--;
        if (bottom - top < MIN_KEPT * h || right - left < MIN_KEPT * w) return new Rectangle(0, 0, w, h);
        return new Rectangle(left, top, right - left, bottom - top);
    }

    private static boolean darkRow(int[] px, int w, int y, int from, int to) {
        int dark = 0;
        for (int x = from; x < to; x++) if (dark(px[y * w + x])) dark++;
        return dark >= BAR_SHARE * (to - from);
    }

    private static boolean darkColumn(int[] px, int w, int x, int from, int to) {
        int dark = 0;
        for (int y = from; y < to; y++) if (dark(px[y * w + x])) dark++;
        return dark >= BAR_SHARE * (to - from);
    }

    private static boolean dark(int rgb) {
        return ((rgb >> 16) & 0xFF) <= DARK && ((rgb >> 8) & 0xFF) <= DARK && (rgb & 0xFF) <= DARK;
    }
}
