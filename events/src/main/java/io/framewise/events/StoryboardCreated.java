package io.framewise.events;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The storyboard is stored: one sprite image of {@code columns × rows} tiles (one every {@code intervalMs}) and
 * a WebVTT file that maps each time range to its tile ({@code sprite.jpg#xywh=x,y,w,h}), the form video players
 * read for seek previews. Topic {@value Topics#STORYBOARD_CREATED}.
 */
public record StoryboardCreated(
        @JsonProperty(required = true) String videoId,
        @JsonProperty(required = true) UUID eventId,
        @JsonProperty(required = true) Instant at,
        @JsonProperty(required = true) ImageAsset sprite,
        @JsonProperty(required = true) String vttKey,
        long intervalMs,
        int columns,
        int rows,
        int tileWidth,
        int tileHeight,
        List<ModelRef> models) implements FramewiseEvent {

    public StoryboardCreated {
        Require.text(videoId, "videoId");
        Require.present(eventId, "eventId");
        Require.present(at, "at");
        Require.present(sprite, "sprite");
        Require.text(vttKey, "vttKey");
        models = models == null ? List.of() : List.copyOf(models);
    }

    public static StoryboardCreated create(String videoId, ImageAsset sprite, String vttKey, long intervalMs,
            int columns, int rows, int tileWidth, int tileHeight) {
        return new StoryboardCreated(videoId, UUID.randomUUID(), Instant.now(), sprite, vttKey, intervalMs, columns,
                rows, tileWidth, tileHeight, List.of());
    }

    /** This event with the models that made its result (see {@link ModelRef}). */
    public StoryboardCreated withModels(List<ModelRef> used) {
        return new StoryboardCreated(videoId, eventId, at, sprite, vttKey, intervalMs, columns, rows, tileWidth,
                tileHeight, used);
    }
}
