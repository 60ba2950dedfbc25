package io.framewise.media.transcode;

/**
 * A planned MP4 rendition: its name ({@code 720p}: the short side in pixels), its exact even size, which keeps the
 * source's aspect ratio, and its video bitrate in bits per second.
 */
public record Rendition(String name, int width, int height, long videoBitrate) {

    public Rendition {
        if (width < 2 || height < 2 || width % 2 != 0 || height % 2 != 0) {
            throw new IllegalArgumentException("a rendition needs even sides of at least 2 px, was " + width + "x"
                    + height);
        }
    }
}
