package io.framewise.events;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.UUID;

/**
 * Either one stored capture, or the marker that says capture-svc is done and how many captures there are.
 * The marker lets status-svc know how many {@code labels.done} to wait for without a timer.
 * Topic {@value Topics#CAPTURE_CREATED}.
 */
public record CaptureCreated(
        @JsonProperty(required = true) String videoId,
        @JsonProperty(required = true) UUID eventId,
        @JsonProperty(required = true) Instant at,
        CaptureRef capture,
        boolean complete,
        Integer count) implements FramewiseEvent {

    public CaptureCreated {
        Require.text(videoId, "videoId");
        Require.present(eventId, "eventId");
        Require.present(at, "at");
        if (complete) {
            Require.notNegative(Require.present(count, "count"), "count");
            if (capture != null) {
                throw new IllegalArgumentException("a completion marker carries no capture");
            }
        } else {
            Require.present(capture, "capture");
        }
    }

    public static CaptureCreated of(String videoId, CaptureRef capture) {
        return new CaptureCreated(videoId, UUID.randomUUID(), Instant.now(), capture, false, null);
    }

    public static CaptureCreated completion(String videoId, int count) {
        return new CaptureCreated(videoId, UUID.randomUUID(), Instant.now(), null, true, count);
    }

    @JsonIgnore
    public boolean isCompletionMarker() {
        return complete;
    }
}
