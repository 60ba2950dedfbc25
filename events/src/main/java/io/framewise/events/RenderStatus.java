package io.framewise.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The final state announced on {@code render.ready}. */
public enum RenderStatus {
    READY, FAILED;

    @JsonValue
    public String wireName() {
        return name();
    }

    @JsonCreator
    public static RenderStatus fromWire(String value) {
        return WireNames.parse(RenderStatus.class, value);
    }
}
