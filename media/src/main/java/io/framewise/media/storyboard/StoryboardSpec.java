package io.framewise.media.storyboard;

/**
 * What a storyboard should be: a tile every {@code intervalMs} (grown for long videos so there are at most
 * {@code maxTiles}), tiles {@code tileWidth} px wide, at most {@code columns} to a row.
 */
public record StoryboardSpec(long intervalMs, int tileWidth, int maxTiles, int columns) {

    public StoryboardSpec {
        if (intervalMs < 100) {
            throw new IllegalArgumentException("the storyboard interval must be at least 100 ms, was " + intervalMs);
        }
        if (tileWidth < 16 || tileWidth % 2 != 0) {
            throw new IllegalArgumentException("tiles must be an even width of at least 16 px, was " + tileWidth);
        }
        if (maxTiles < 1 || columns < 1) {
            throw new IllegalArgumentException("max tiles and columns must be positive");
        }
    }
}
