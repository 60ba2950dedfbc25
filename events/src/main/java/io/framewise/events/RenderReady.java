package io.framewise.events;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The video is finished, for good or ill: the public announcement that outside consumers subscribe to.
 * On READY, {@code metadataKey} names {@code metadata.json} in the render bucket; on FAILED,
 * {@code error} says why. Topic {@value Topics#RENDER_READY}.
 */
public record RenderReady(
        @JsonProperty(required = true) String videoId,
        @JsonProperty(required = true) UUID eventId,
        @JsonProperty(required = true) Instant at,
        @JsonProperty(required = true) RenderStatus status,
        String metadataKey,
        ImageAsset gif,
        List<Label> allLabels,
        String error) implements FramewiseEvent {

    public RenderReady {
        Require.text(videoId, "videoId");
        Require.present(eventId, "eventId");
        Require.present(at, "at");
        Require.present(status, "status");
        if (status == RenderStatus.FAILED) {
            Require.text(error, "error");
        }
        allLabels = allLabels == null ? List.of() : List.copyOf(allLabels);
    }

    public static RenderReady ready(String videoId, String metadataKey, ImageAsset gif, List<Label> allLabels) {
        return new RenderReady(videoId, UUID.randomUUID(), Instant.now(), RenderStatus.READY, metadataKey, gif,
                allLabels, null);
    }

    public static RenderReady failed(String videoId, String error) {
        return new RenderReady(videoId, UUID.randomUUID(), Instant.now(), RenderStatus.FAILED, null, null,
                List.of(), error);
    }
}
