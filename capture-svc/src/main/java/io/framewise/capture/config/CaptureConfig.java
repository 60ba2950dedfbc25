package io.framewise.capture.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How shots are found and captured ({@code framewise.captures.*}). */
@ConfigMapping(prefix = "framewise.captures")
public interface CaptureConfig {

    /** Scene score (0..1) from which a change of picture is a cut; lower finds subtler cuts and more false ones. */
    @WithDefault("0.3")
    double threshold();

    /** Cuts closer than this to the previous one are ignored (flashes, flicker). */
    @WithDefault("PT1S")
    Duration minShot();

    /** At most this many captures per video; on long videos they spread over the whole video. */
    @WithDefault("20")
    int maxCount();

    /** A shot's capture is taken this long after its cut, past any transition. */
    @WithDefault("PT0.5S")
    Duration delay();

    /** Captures are scaled down to fit this many pixels on their longer side. */
    @WithDefault("1280")
    int maxSide();

    /** JPEG quality, 0..1. */
    @WithDefault("0.85")
    float jpegQuality();

    /**
     * A video whose keyframes are never further apart than this is scanned keyframe by keyframe (a fifth of the
     * decoding or less; each capture is then a keyframe); a shot shorter than the gap can be missed. Other videos,
     * and every video with PT0S, are scanned frame by frame.
     */
    @WithDefault("PT2.5S")
    Duration keyframeScanMaxGap();
}
