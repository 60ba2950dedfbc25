package io.framewise.kit.work;

/**
 * A job gives up on a video for a reason trying again will not change (the file is not a usable video).
 * The message is for people: it becomes the video's error in the API and in {@code render.ready}; the
 * {@link #code()} is for metrics.
 */
public class StageFailure extends Exception {

    private final FailureReason code;

    /** The media cannot be used; {@code cause} says how it failed to decode. */
    public StageFailure(String reason, Throwable cause) {
        super(reason, cause);
        this.code = FailureReason.UNUSABLE_MEDIA;
    }

    /** The media cannot be used. */
    public StageFailure(String reason) {
        this(FailureReason.UNUSABLE_MEDIA, reason);
    }

    public StageFailure(FailureReason code, String reason) {
        super(reason);
        this.code = code;
    }

    public FailureReason code() {
        return code;
    }
}
