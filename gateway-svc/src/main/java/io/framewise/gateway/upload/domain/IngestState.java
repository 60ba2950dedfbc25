package io.framewise.gateway.upload.domain;

/** Where a video is on its way in, before status-svc takes over. */
public enum IngestState {
    /** A presigned PUT was handed out; the client has not confirmed the upload yet. */
    AWAITING_UPLOAD,
    /** {@code POST /videos/{id}/uploaded} is checking the object (the claim that makes it announce once). */
    VERIFYING,
    /** A URL import is downloading. */
    IMPORTING,
    /** Stored and announced on video.uploaded: status-svc has (or will have) it. */
    ACCEPTED,
    /** An import that failed; {@code error} says why. */
    FAILED,
    /** Deleted by a client. */
    DELETED
}
