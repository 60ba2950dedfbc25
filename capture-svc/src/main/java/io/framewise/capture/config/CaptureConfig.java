package io.framewise.capture.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How shots are found and captured ({@code framewise.captures.*}). */
@ConfigMapping(prefix = "framewise.captures")
public interface CaptureConfig {

    /**
     * How much a picture must change to be a cut (0..1: the mean difference of its cells' luma or colour over the
     * picture's content area, black bars left out); lower finds subtler cuts and more false ones.
     */
    @WithDefault("0.08")
    double threshold();

    /**
     * A cut must also stand out from the changes just before it by this many times their usual variation above
     * their median: motion (a hand-held camera, a crowd) raises the bar, a still scene leaves it at the threshold.
     */
    @WithDefault("6")
    double thresholdSpread();

    /** Cuts closer than this to the previous one are ignored (flashes, flicker). */
    @WithDefault("PT1S")
    Duration minShot();

    /**
     * At most this many captures per video, budgeted over its length (its share so far plus a quarter), so a long
     * video's captures spread over all of it and a short one keeps every shot.
     */
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
     * A video whose keyframes are never further apart than this is scanned keyframe by keyframe, and picture by
     * picture only between two keyframes that differ (a cut, a transition or motion between them); each capture is
     * then a keyframe where the shot has one. Other videos, and every video with PT0S, are scanned picture by picture.
     */
    @WithDefault("PT2.5S")
    Duration keyframeScanMaxGap();
}
