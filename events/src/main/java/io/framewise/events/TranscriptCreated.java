package io.framewise.events;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The speech transcript is stored as JSON (word timings) and WebVTT in the render bucket; {@code text} and the
 * {@code segments} travel here so status-svc can index and serve them without reading the bucket. {@code engine}
 * names the recogniser and model. Topic {@value Topics#TRANSCRIPT_CREATED}.
 */
public record TranscriptCreated(
        @JsonProperty(required = true) String videoId,
        @JsonProperty(required = true) UUID eventId,
        @JsonProperty(required = true) Instant at,
        @JsonProperty(required = true) String language,
        @JsonProperty(required = true) String text,
        List<TranscriptSegment> segments,
        @JsonProperty(required = true) String jsonKey,
        @JsonProperty(required = true) String vttKey,
        String engine,
        List<ModelRef> models) implements FramewiseEvent {

    public TranscriptCreated {
        Require.text(videoId, "videoId");
        Require.present(eventId, "eventId");
        Require.present(at, "at");
        Require.text(language, "language");
        Require.present(text, "text");
        Require.text(jsonKey, "jsonKey");
        Require.text(vttKey, "vttKey");
        segments = segments == null ? List.of() : List.copyOf(segments);
        models = models == null ? List.of() : List.copyOf(models);
    }

    public static TranscriptCreated create(String videoId, String language, String text,
            List<TranscriptSegment> segments, String jsonKey, String vttKey, String engine) {
        return new TranscriptCreated(videoId, UUID.randomUUID(), Instant.now(), language, text, segments, jsonKey,
                vttKey, engine, List.of());
    }

    /** This event with the models that made its result (see {@link ModelRef}). */
    public TranscriptCreated withModels(List<ModelRef> used) {
        return new TranscriptCreated(videoId, eventId, at, language, text, segments, jsonKey, vttKey, engine, used);
    }
}
