package io.framewise.events;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The labels (and faces) of one capture. Topic {@value Topics#LABELS_DONE}. */
public record LabelsDone(
        @JsonProperty(required = true) String videoId,
        @JsonProperty(required = true) UUID eventId,
        @JsonProperty(required = true) Instant at,
        @JsonProperty(required = true) int index,
        @JsonProperty(required = true) long timeMs,
        List<Label> labels,
        List<Face> faces,
        List<ModelRef> models) implements FramewiseEvent {

    public LabelsDone {
        Require.text(videoId, "videoId");
        Require.present(eventId, "eventId");
        Require.present(at, "at");
        Require.notNegative(index, "index");
        labels = labels == null ? List.of() : List.copyOf(labels);
        faces = faces == null ? List.of() : List.copyOf(faces);
        models = models == null ? List.of() : List.copyOf(models);
    }

    public static LabelsDone create(String videoId, int index, long timeMs, List<Label> labels, List<Face> faces) {
        return new LabelsDone(videoId, UUID.randomUUID(), Instant.now(), index, timeMs, labels, faces, List.of());
    }

    /** This event with the models that made its result (see {@link ModelRef}). */
    public LabelsDone withModels(List<ModelRef> used) {
        return new LabelsDone(videoId, eventId, at, index, timeMs, labels, faces, used);
    }
}
