package io.framewise.media.synth;

import java.nio.file.Path;
import java.time.Duration;

/**
 * One shot of a synthetic clip: either an FFmpeg test source ({@code testsrc2}, {@code smptebars},
 * {@code mandelbrot}, {@code color=c=navy}, …) or a still photo, for a given time. Shots are joined by hard cuts.
 */
public record Shot(String source, Path photo, Duration length) {

    public static Shot pattern(String lavfiSource, Duration length) {
        return new Shot(lavfiSource, null, length);
    }

    public static Shot photo(Path photo, Duration length) {
        return new Shot(null, photo, length);
    }

    boolean isPhoto() {
        return photo != null;
    }
}
