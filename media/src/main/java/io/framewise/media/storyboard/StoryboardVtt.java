package io.framewise.media.storyboard;

import java.util.Locale;

/**
 * The WebVTT map of a storyboard: one cue per tile, back to back from 0 to the end of the video, whose text is
 * {@code sprite.jpg#xywh=x,y,w,h} (a media fragment naming the tile in the sprite). video.js
 * (videojs-vtt-thumbnails), Plyr ({@code previewThumbnails}), JW Player and Mux read this form for seek previews.
 */
public final class StoryboardVtt {

    private StoryboardVtt() {
    }

    /** @param spriteUrl how the player finds the sprite from the VTT's own URL: a relative name works best */
    public static String write(StoryboardGeometry geometry, String spriteUrl) {
        StringBuilder vtt = new StringBuilder("WEBVTT\n");
        for (int i = 0; i < geometry.tiles(); i++) {
            StoryboardGeometry.Tile tile = geometry.tile(i);
            vtt.append('\n').append(timestamp(geometry.startMs(i))).append(" --> ")
                    .append(timestamp(geometry.endMs(i))).append('\n')
                    .append(spriteUrl).append("#xywh=").append(tile.x()).append(',').append(tile.y()).append(',')
                    .append(tile.width()).append(',').append(tile.height()).append('\n');
        }
        return vtt.toString();
    }

    /** {@code hh:mm:ss.mmm}: WebVTT allows leaving the hours out, but not every player parses that. */
    static String timestamp(long ms) {
        return String.format(Locale.ROOT, "%02d:%02d:%02d.%03d", ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60,
                ms % 1000);
    }
}
