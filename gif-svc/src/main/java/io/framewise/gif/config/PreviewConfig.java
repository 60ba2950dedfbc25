package io.framewise.gif.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the preview animation is made ({@code framewise.preview.*}). */
@ConfigMapping(prefix = "framewise.preview")
public interface PreviewConfig {

    /** Frames spread evenly over the whole video (S1 made 10). */
    @WithDefault("10")
    int frames();

    /** Width in pixels; the height follows the video's aspect ratio. */
    @WithDefault("320")
    int width();

    /** The tallest preview, for portrait videos: the width is reduced to keep within it. */
    @WithDefault("480")
    int maxHeight();

    /** How long each frame is shown. */
    @WithDefault("PT0.5S")
    Duration frameDelay();

    /**
     * A frame's time moves to the nearest keyframe within this distance: one picture decoded instead of up to a
     * whole group of pictures, for frames that are still spread evenly to the eye. PT0S takes the exact times.
     */
    @WithDefault("PT1S")
    Duration keyframeSnap();

    /** Also make an animated WebP (full colour, about a quarter of the GIF's size). */
    @WithDefault("true")
    boolean webp();

    /** libwebp quality, 0..100. */
    @WithDefault("75")
    int webpQuality();
}
