package io.framewise.gateway.core.service;

/** No such video (never known, or deleted): S2's 404. */
public class VideoNotFoundException extends RuntimeException {

    private final String videoId;

    public VideoNotFoundException(String videoId) {
        super("NotFoundError: Media file (" + videoId + ") not found");
        this.videoId = videoId;
    }

    public String videoId() {
        return videoId;
    }
}
