package io.framewise.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How a video reached the source bucket. */
public enum UploadSource {
    UPLOAD, PRESIGNED, URL;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static UploadSource fromWire(String value) {
        return WireNames.parse(UploadSource.class, value);
    }
}
