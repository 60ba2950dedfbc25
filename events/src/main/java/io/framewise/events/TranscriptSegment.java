package io.framewise.events;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A stretch of recognised speech with its start and end in the video. */
public record TranscriptSegment(long startMs, long endMs, @JsonProperty(required = true) String text) {

    public TranscriptSegment {
        Require.notNegative(startMs, "segment.startMs");
        if (endMs < startMs) {
            throw new IllegalArgumentException("segment.endMs must not be before startMs, was " + endMs);
        }
        Require.present(text, "segment.text");
    }
}
