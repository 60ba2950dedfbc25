package io.framewise.media.synth;

import java.time.Duration;
import java.util.List;

/**
 * What a synthetic clip should look like.
 *
 * @param width, height, fps the picture
 * @param shots              what is shown, in order, joined by hard cuts
 * @param toneHz             a sine tone as the sound track, or 0 for a silent clip
 * @param codec              {@code h264} (OpenH264, in MP4) or {@code vp9} (in WebM)
 * @param keyframeSeconds    one keyframe every this many seconds
 */
public record ClipSpec(int width, int height, double fps, List<Shot> shots, int toneHz, String codec,
                       double keyframeSeconds) {

    public ClipSpec {
        shots = List.copyOf(shots);
        if (shots.isEmpty()) {
            throw new IllegalArgumentException("a clip needs at least one shot");
        }
        if (!codec.equals("h264") && !codec.equals("vp9")) {
            throw new IllegalArgumentException("codec must be h264 or vp9, was " + codec);
        }
    }

    /** A single test pattern with a tone: the plainest clip. */
    public static ClipSpec of(Duration length, int width, int height, double fps) {
        return new ClipSpec(width, height, fps, List.of(Shot.pattern("testsrc2", length)), 440, "h264", 2);
    }

    public ClipSpec withShots(List<Shot> newShots) {
        return new ClipSpec(width, height, fps, newShots, toneHz, codec, keyframeSeconds);
    }

    public ClipSpec silent() {
        return new ClipSpec(width, height, fps, shots, 0, codec, keyframeSeconds);
    }

    public ClipSpec withCodec(String newCodec) {
        return new ClipSpec(width, height, fps, shots, toneHz, newCodec, keyframeSeconds);
    }

    public Duration length() {
        return shots.stream().map(Shot::length).reduce(Duration.ZERO, Duration::plus);
    }

    String extension() {
        return codec.equals("vp9") ? "webm" : "mp4";
    }
}
