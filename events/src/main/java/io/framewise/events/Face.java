package io.framewise.events;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A face found in a capture; {@code person} is the matched known person, absent when nobody matched. */
public record Face(@JsonProperty(required = true) FaceBox box, String person, double confidence) {

    public Face {
        Require.present(box, "face.box");
    }
}
