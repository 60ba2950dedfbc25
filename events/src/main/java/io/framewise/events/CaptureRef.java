package io.framewise.events;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One keyframe capture: its position in the video and where its JPEG is stored (source bucket). */
public record CaptureRef(
        @JsonProperty(required = true) int index,
        @JsonProperty(required = true) long timeMs,
        @JsonProperty(required = true) String key,
        int width,
        int height) {

    public CaptureRef {
        Require.notNegative(index, "capture.index");
        Require.notNegative(timeMs, "capture.timeMs");
        Require.text(key, "capture.key");
    }
}
