package io.framewise.events;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The renditions are stored: MP4s for web and phone (never larger than the source), the MP3 of the audio when
 * there is audio, and, when made, the HLS master playlist ({@code hlsMasterKey}) over the same ladder.
 * Topic {@value Topics#RENDITIONS_CREATED}.
 */
public record RenditionsCreated(
        @JsonProperty(required = true) String videoId,
        @JsonProperty(required = true) UUID eventId,
        @JsonProperty(required = true) Instant at,
        @JsonProperty(required = true) List<MediaFile> renditions,
        MediaFile audio,
        String hlsMasterKey,
        List<ModelRef> models) implements FramewiseEvent {

    public RenditionsCreated {
        Require.text(videoId, "videoId");
        Require.present(eventId, "eventId");
        Require.present(at, "at");
        renditions = List.copyOf(Require.present(renditions, "renditions"));
        models = models == null ? List.of() : List.copyOf(models);
    }

    public static RenditionsCreated create(String videoId, List<MediaFile> renditions, MediaFile audio,
            String hlsMasterKey) {
        return new RenditionsCreated(videoId, UUID.randomUUID(), Instant.now(), renditions, audio, hlsMasterKey, List.of());
    }

    /** This event with the models that made its result (see {@link ModelRef}). */
    public RenditionsCreated withModels(List<ModelRef> used) {
        return new RenditionsCreated(videoId, eventId, at, renditions, audio, hlsMasterKey, used);
    }
}
