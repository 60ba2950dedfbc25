package io.framewise.events;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A thing seen in a capture, with confidence in percent (0–100, as Rekognition reports it) and its
 * broader categories, e.g. "Dog" with parents ["Animal", "Pet"].
 */
public record Label(
        @JsonProperty(required = true) String name,
        @JsonProperty(required = true) double confidence,
        List<String> parents) {

    public Label {
        Require.text(name, "label.name");
        if (confidence < 0 || confidence > 100) {
            throw new IllegalArgumentException("label.confidence must be within 0..100, was " + confidence);
        }
        parents = parents == null ? List.of() : List.copyOf(parents);
    }

    public Label(String name, double confidence) {
        this(name, confidence, List.of());
    }
}
