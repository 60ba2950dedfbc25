package io.framewise.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * A unit of work that must report done before a video is READY. {@code render.start} lists the stages a
 * video expects; status-svc completes the video when each of them has reported.
 */
public enum Stage {
    /** session-svc: probe and validation; only ever fails (its success is {@code render.start}). */
    SESSION,
    /** gif-svc: the animated GIF and WebP preview. */
    PREVIEW,
    /** capture-svc: keyframe captures, done when the completion marker arrives. */
    CAPTURES,
    /** label-svc: labels for every capture. */
    LABELS;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Stage fromWire(String value) {
        return WireNames.parse(Stage.class, value);
    }
}
