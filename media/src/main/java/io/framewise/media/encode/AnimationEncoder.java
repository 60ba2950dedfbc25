package io.framewise.media.encode;

import io.framewise.media.frames.VideoFrame;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** Turns a few frames of equal size into a looping animation file. */
public interface AnimationEncoder {

    EncodedImage encode(List<VideoFrame> frames, Duration frameDelay, Path target) throws IOException;

    /** Checks what every animation encoder needs and returns the frames' common size. */
    static int[] commonSize(List<VideoFrame> frames, Duration frameDelay) {
        if (frames.isEmpty()) {
            throw new IllegalArgumentException("an animation needs at least one frame");
        }
        if (frameDelay.toMillis() < 10) {
            throw new IllegalArgumentException("frame delay must be at least 10 ms, was " + frameDelay.toMillis());
        }
        int width = frames.get(0).width();
        int height = frames.get(0).height();
        for (VideoFrame frame : frames) {
            if (frame.width() != width || frame.height() != height) {
                throw new IllegalArgumentException("all frames must be " + width + "x" + height + ", one is "
                        + frame.width() + "x" + frame.height());
            }
        }
        return new int[] {width, height};
    }
}
