package io.framewise.status.domain;

/**
 * Where a video is in its life; S1's API maps the first three to status 0, 1 and -1. {@code DELETED} is a
 * tombstone: the video is gone for every reader, and events that still arrive for it are cleaned up.
 */
public enum VideoStatus {
    PROCESSING, READY, FAILED, DELETED;

    /** No event changes a final video any more. */
    public boolean isFinal() {
        return this != PROCESSING;
    }
}
