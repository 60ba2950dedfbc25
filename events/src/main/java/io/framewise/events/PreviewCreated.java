package io.framewise.events;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The preview animation is stored. Topic {@value Topics#PREVIEW_CREATED}. */
public record PreviewCreated(
        @JsonProperty(required = true) String videoId,
        @JsonProperty(required = true) UUID eventId,
        @JsonProperty(required = true) Instant at,
        @JsonProperty(required = true) ImageAsset gif,
        ImageAsset webp,
        List<ModelRef> models) implements FramewiseEvent {

    public PreviewCreated {
        Require.text(videoId, "videoId");
        Require.present(eventId, "eventId");
        Require.present(at, "at");
        Require.present(gif, "gif");
        models = models == null ? List.of() : List.copyOf(models);
    }

    public static PreviewCreated create(String videoId, ImageAsset gif, ImageAsset webp) {
        return new PreviewCreated(videoId, UUID.randomUUID(), Instant.now(), gif, webp, List.of());
    }

    /** This event with the models that made its result (see {@link ModelRef}). */
    public PreviewCreated withModels(List<ModelRef> used) {
        return new PreviewCreated(videoId, eventId, at, gif, webp, used);
    }
}
