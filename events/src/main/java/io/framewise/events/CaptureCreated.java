package io.framewise.events;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
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
        Integer count,
        List<ModelRef> models) implements FramewiseEvent {

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
        models = models == null ? List.of() : List.copyOf(models);
    }

    public static CaptureCreated of(String videoId, CaptureRef capture) {
        return new CaptureCreated(videoId, UUID.randomUUID(), Instant.now(), capture, false, null, List.of());
    }

    public static CaptureCreated completion(String videoId, int count) {
        return new CaptureCreated(videoId, UUID.randomUUID(), Instant.now(), null, true, count, List.of());
    }

    @JsonIgnore
    public boolean isCompletionMarker() {
        return complete;
    }

    /** This event with the models that made its result (see {@link ModelRef}). */
    public CaptureCreated withModels(List<ModelRef> used) {
        return new CaptureCreated(videoId, eventId, at, capture, complete, count, used);
    }
}
