package io.framewise.media.frames;

import java.awt.image.BufferedImage;

/** One decoded picture and where it sits in the video. */
public record VideoFrame(long timeMs, BufferedImage image) {

    public int width() {
        return image.getWidth();
    }

    public int height() {
        return image.getHeight();
    }
}
