package io.framewise.events;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What session-svc learned about the source video. {@code audioCodec} is absent for silent videos. */
public record Probe(
        @JsonProperty(required = true) long durationMs,
        @JsonProperty(required = true) int width,
        @JsonProperty(required = true) int height,
        @JsonProperty(required = true) double fps,
        @JsonProperty(required = true) String videoCodec,
        String audioCodec,
        long bytes,
        String format) {

    public Probe {
        Require.notNegative(durationMs, "probe.durationMs");
        Require.text(videoCodec, "probe.videoCodec");
    }

    public boolean hasAudio() {
        return audioCodec != null;
    }
}
