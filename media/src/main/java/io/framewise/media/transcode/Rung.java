package io.framewise.media.transcode;

/**
 * One step of the configured ladder: the size of the picture's short side ({@code 720} for 720p, which is the
 * height of a landscape video and the width of a portrait one) and the video bitrate it gets, in bits per second.
 */
public record Rung(int size, long videoBitrate) {

    public Rung {
        if (size < 2) {
            throw new IllegalArgumentException("a rung needs a size of at least 2 px, was " + size);
        }
        if (videoBitrate <= 0) {
            throw new IllegalArgumentException("a rung needs a positive bitrate, was " + videoBitrate);
        }
    }
}
