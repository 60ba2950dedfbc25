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
    /** label-svc: labels and faces (matched against the people gallery) for every capture. */
    LABELS,
    /** transcode-svc: the storyboard sprite and its WebVTT map of seek thumbnails (made in the same decode as the renditions). */
    STORYBOARD,
    /** transcode-svc: web and phone MP4 renditions, the MP3 audio and the HLS ladder. */
    TRANSCODE,
    /** transcribe-svc: the speech transcript; only expected when the video has audio. */
    TRANSCRIBE;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Stage fromWire(String value) {
        return WireNames.parse(Stage.class, value);
    }
}
