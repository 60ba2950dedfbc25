package io.framewise.events;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A face found in a capture. {@code confidence} is the detector's (0–100). When the face matched someone in
 * the people gallery, {@code person}/{@code personId} name them and {@code similarity} (0–100) says how
 * close the match was; all three are absent when nobody matched.
 */
public record Face(
        @JsonProperty(required = true) FaceBox box,
        String person,
        double confidence,
        String personId,
        Double similarity) {

    public Face {
        Require.present(box, "face.box");
    }

    /** A face nobody in the gallery matched. */
    public static Face unknown(FaceBox box, double confidence) {
        return new Face(box, null, confidence, null, null);
    }

    /** A face matched to a known person. */
    public static Face matched(FaceBox box, double confidence, String personId, String person, double similarity) {
        return new Face(box, person, confidence, personId, similarity);
    }

    @JsonIgnore
    public boolean isMatched() {
        return personId != null;
    }
}
