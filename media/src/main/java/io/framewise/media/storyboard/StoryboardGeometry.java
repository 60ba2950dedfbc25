package io.framewise.media.storyboard;

/**
 * Where each thumbnail of a storyboard lies: {@code tiles} tiles of {@code tileWidth × tileHeight}, tile {@code i}
 * showing the picture at {@code i × intervalMs}, laid out left to right, top to bottom in {@code columns} columns.
 */
public record StoryboardGeometry(long durationMs, long intervalMs, int tiles, int columns, int rows, int tileWidth,
                                 int tileHeight) {

    /** The rectangle of one tile in the sprite. */
    public record Tile(int x, int y, int width, int height) {
    }

    /**
     * The storyboard of a {@code durationMs} video of {@code width × height}. The interval grows, in whole seconds,
     * until the tiles fit in {@code maxTiles}: a sprite of an hour's video stays one image a player can load.
     */
    public static StoryboardGeometry plan(long durationMs, int width, int height, StoryboardSpec spec) {
        if (durationMs <= 0 || width <= 0 || height <= 0) {
            throw new IllegalArgumentException("a storyboard needs a positive duration and size, was " + durationMs
                    + " ms, " + width + "x" + height);
        }
        long interval = spec.intervalMs();
        if (tilesFor(durationMs, interval) > spec.maxTiles()) {
            long needed = ceilDiv(durationMs, spec.maxTiles());
            interval = Math.max(interval, ceilDiv(needed, 1000) * 1000);
        }
        int tiles = (int) tilesFor(durationMs, interval);
        int columns = Math.min(spec.columns(), tiles);
        int rows = (int) ceilDiv(tiles, columns);
        int tileHeight = Math.max(2, (int) Math.round(spec.tileWidth() * (double) height / width / 2.0) * 2);
        return new StoryboardGeometry(durationMs, interval, tiles, columns, rows, spec.tileWidth(), tileHeight);
    }

    public Tile tile(int index) {
        if (index < 0 || index >= tiles) {
            throw new IndexOutOfBoundsException("tile " + index + " of " + tiles);
        }
        return new Tile((index % columns) * tileWidth, (index / columns) * tileHeight, tileWidth, tileHeight);
    }

    /** When tile {@code index} starts showing; it shows until the next one starts, the last until the end. */
    public long startMs(int index) {
        return index * intervalMs;
    }

    public long endMs(int index) {
        return Math.min(durationMs, (index + 1) * intervalMs);
    }

    public int spriteWidth() {
        return columns * tileWidth;
    }

    public int spriteHeight() {
        return rows * tileHeight;
    }

    private static long tilesFor(long durationMs, long interval) {
        return Math.max(1, ceilDiv(durationMs, interval));
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }
}
