package io.framewise.events.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.framewise.events.Label;
import java.util.List;

/**
 * A label in Amazon Rekognition's shape, as S1 stored and served it: {@code {"Name", "Confidence", "Parents":
 * [{"Name"}]}}. Used where Framewise answers in S1's form: {@code GET /videos/{id}}'s {@code labels} and
 * {@code allLabels}, and metadata.json.
 */
public record RekognitionLabel(@JsonProperty("Name") String name, @JsonProperty("Confidence") double confidence,
                               @JsonProperty("Parents") List<Parent> parents) {

    public RekognitionLabel {
        parents = parents == null ? List.of() : List.copyOf(parents);
    }

    public static RekognitionLabel of(Label label) {
        return new RekognitionLabel(label.name(), label.confidence(), label.parents().stream().map(Parent::new).toList());
    }

    public static List<RekognitionLabel> of(List<Label> labels) {
        return labels == null ? List.of() : labels.stream().map(RekognitionLabel::of).toList();
    }

    /** A broader label the named one belongs to (Dog → Animal, Pet). */
    public record Parent(@JsonProperty("Name") String name) {
    }
}
