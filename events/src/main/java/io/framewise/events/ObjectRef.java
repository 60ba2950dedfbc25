package io.framewise.events;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where an object lives in S3-compatible storage. */
public record ObjectRef(@JsonProperty(required = true) String bucket, @JsonProperty(required = true) String key) {

    public ObjectRef {
        Require.text(bucket, "bucket");
        Require.text(key, "key");
    }
}
