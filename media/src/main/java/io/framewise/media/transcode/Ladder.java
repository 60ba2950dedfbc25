package io.framewise.media.transcode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which renditions a source gets. A rung is kept only if the source is at least that large (the short side
 * compared, so a portrait phone video gets the same ladder as a landscape one): upscaling adds bytes, not detail.
 * A source smaller than every rung gets one rendition at its own size, so every video still has one it can play.
 * Sizes keep the aspect ratio and are even (H.264 in 4:2:0 needs it).
 */
public final class Ladder {

    private Ladder() {
    }

    /** The renditions for a source of {@code width × height}, largest first; never empty. */
    public static List<Rendition> plan(int width, int height, List<Rung> rungs) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("source size must be positive, was " + width + "x" + height);
        }
        if (rungs.isEmpty()) {
            throw new IllegalArgumentException("the ladder needs at least one rung");
        }
        int shortSide = Math.min(width, height);
        List<Rung> sorted = rungs.stream().sorted(Comparator.comparingInt(Rung::size).reversed()).toList();
        // Two rungs can round to the same size: keep the first (the larger bitrate's) one of each.
        Map<String, Rendition> planned = new LinkedHashMap<>();
        for (Rung rung : sorted) {
            if (rung.size() <= shortSide) {
                Rendition rendition = scaled(width, height, rung.size(), rung.videoBitrate());
                planned.putIfAbsent(rendition.name(), rendition);
            }
        }
        if (planned.isEmpty()) {
            Rung smallest = sorted.get(sorted.size() - 1);
            Rendition own = ownSize(width, height, smallest);
            planned.put(own.name(), own);
        }
        return List.copyOf(new ArrayList<>(planned.values()));
    }

    private static Rendition scaled(int width, int height, int shortTarget, long bitrate) {
        double scale = (double) shortTarget / Math.min(width, height);
        // Capped at the source's own (even) sides: rounding to even must never add a line.
        int w = Math.min(evenDown(width), width <= height ? even(shortTarget) : even(width * scale));
        int h = Math.min(evenDown(height), width <= height ? even(height * scale) : even(shortTarget));
        return new Rendition(Math.min(w, h) + "p", w, h, bitrate);
    }

    /** The source's own size (made even), its bitrate the smallest rung's scaled by the pixels it has. */
    private static Rendition ownSize(int width, int height, Rung smallest) {
        int w = evenDown(width);
        int h = evenDown(height);
        double rungPixels = (double) smallest.size() * smallest.size() * 16 / 9;
        long bitrate = Math.max(100_000L, Math.round(smallest.videoBitrate() * Math.min(1.0, w * (double) h / rungPixels)));
        return new Rendition(Math.min(w, h) + "p", w, h, bitrate);
    }

    private static int even(double side) {
        return Math.max(2, (int) Math.round(side / 2.0) * 2);
    }

    /** Rounds down, so a 241-line source is never stretched to 242. */
    private static int evenDown(int side) {
        return Math.max(2, side - side % 2);
    }
}
