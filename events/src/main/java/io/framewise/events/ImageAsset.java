package io.framewise.events;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A rendered image (or animation) in the render bucket. */
public record ImageAsset(
        @JsonProperty(required = true) String key,
        int width,
        int height,
        int frames,
        long bytes) {

    public ImageAsset {
        Require.text(key, "key");
    }
}
