package io.framewise.status.domain;

/** Where a video is in its life; S1's API maps these to status 0, 1 and -1. */
public enum VideoStatus {
    PROCESSING, READY, FAILED;

    public boolean isFinal() {
        return this != PROCESSING;
    }
}
