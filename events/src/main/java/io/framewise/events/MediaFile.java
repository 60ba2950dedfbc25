package io.framewise.events;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A rendition in the render bucket: {@code name} says what it is for ({@code 720p}, {@code 360p}, {@code audio}),
 * {@code codec} which encoder made it ({@code h264}, {@code mp3}, …). Width and height are 0 for audio.
 */
public record MediaFile(
        @JsonProperty(required = true) String name,
        @JsonProperty(required = true) String key,
        @JsonProperty(required = true) String contentType,
        String codec,
        int width,
        int height,
        long bitrate,
        long bytes) {

    public MediaFile {
        Require.text(name, "rendition.name");
        Require.text(key, "rendition.key");
        Require.text(contentType, "rendition.contentType");
    }
}
