package io.framewise.events;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.UUID;

/**
 * A stage gave up on a video. {@code reason} is meant for people (it reaches the API and
 * {@code render.ready}); {@code retriable} says whether trying again could help.
 * Topic {@value Topics#STAGE_FAILED}.
 */
public record StageFailed(
        @JsonProperty(required = true) String videoId,
        @JsonProperty(required = true) UUID eventId,
        @JsonProperty(required = true) Instant at,
        @JsonProperty(required = true) Stage stage,
        @JsonProperty(required = true) String reason,
        boolean retriable) implements FramewiseEvent {

    public StageFailed {
        Require.text(videoId, "videoId");
        Require.present(eventId, "eventId");
        Require.present(at, "at");
        Require.present(stage, "stage");
        Require.text(reason, "reason");
    }

    public static StageFailed create(String videoId, Stage stage, String reason, boolean retriable) {
        return new StageFailed(videoId, UUID.randomUUID(), Instant.now(), stage, reason, retriable);
    }

    /** The failure of a stage working on {@code cause}; its id is derived from the cause's (see {@link EventIds}). */
    public static StageFailed causedBy(FramewiseEvent cause, Stage stage, String reason, boolean retriable) {
        return new StageFailed(cause.videoId(), EventIds.derive(cause.eventId(), "stage.failed/" + stage.wireName()),
                Instant.now(), stage, reason, retriable);
    }
}
