package io.framewise.media.frames;

import java.util.ArrayList;
import java.util.List;

/** Where to take frames from a video. */
public final class Timestamps {

    private Timestamps() {
    }

    /**
     * {@code count} times spread evenly over the whole video: the middle of each of {@code count} equal
     * parts, so neither the often black first frame nor the last one is taken. A video shorter than
     * {@code count} frames still gets {@code count} (repeated) times; the sampler decides what it can decode.
     */
    public static List<Long> evenlySpaced(long durationMs, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1, was " + count);
        }
        if (durationMs < 0) {
            throw new IllegalArgumentException("duration must not be negative, was " + durationMs);
        }
        List<Long> times = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            times.add(durationMs * (2L * i + 1) / (2L * count));
        }
        return times;
    }
}
