package io.framewise.events;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.UUID;

/** The preview animation is stored. Topic {@value Topics#PREVIEW_CREATED}. */
public record PreviewCreated(
        @JsonProperty(required = true) String videoId,
        @JsonProperty(required = true) UUID eventId,
        @JsonProperty(required = true) Instant at,
        @JsonProperty(required = true) ImageAsset gif,
        ImageAsset webp) implements FramewiseEvent {

    public PreviewCreated {
        Require.text(videoId, "videoId");
        Require.present(eventId, "eventId");
        Require.present(at, "at");
        Require.present(gif, "gif");
    }

    public static PreviewCreated create(String videoId, ImageAsset gif, ImageAsset webp) {
        return new PreviewCreated(videoId, UUID.randomUUID(), Instant.now(), gif, webp);
    }
}
