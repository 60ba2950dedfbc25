package io.framewise.status.domain;

import java.io.Serializable;
import java.util.Objects;

/** Captures are identified by their video and their index within it. */
public class CaptureId implements Serializable {

    public String videoId;
    public int idx;

    public CaptureId() {
    }

    public CaptureId(String videoId, int idx) {
        this.videoId = videoId;
        this.idx = idx;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CaptureId that && idx == that.idx && Objects.equals(videoId, that.videoId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(videoId, idx);
    }
}
