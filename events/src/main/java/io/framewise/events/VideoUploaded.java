package io.framewise.events;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.UUID;

/** A source video is in the source bucket and waits to be probed. Topic {@value Topics#VIDEO_UPLOADED}. */
public record VideoUploaded(
        @JsonProperty(required = true) String videoId,
        @JsonProperty(required = true) UUID eventId,
        @JsonProperty(required = true) Instant at,
        @JsonProperty(required = true) String bucket,
        @JsonProperty(required = true) String key,
        String filename,
        String contentType,
        @JsonProperty(required = true) long bytes,
        @JsonProperty(required = true) UploadSource source) implements FramewiseEvent {

    public VideoUploaded {
        Require.text(videoId, "videoId");
        Require.present(eventId, "eventId");
        Require.present(at, "at");
        Require.text(bucket, "bucket");
        Require.text(key, "key");
        Require.notNegative(bytes, "bytes");
        Require.present(source, "source");
    }

    public static VideoUploaded create(String videoId, ObjectRef object, String filename, String contentType,
                                       long bytes, UploadSource source) {
        return new VideoUploaded(videoId, UUID.randomUUID(), Instant.now(), object.bucket(), object.key(),
                filename, contentType, bytes, source);
    }

    public ObjectRef object() {
        return new ObjectRef(bucket, key);
    }
}
