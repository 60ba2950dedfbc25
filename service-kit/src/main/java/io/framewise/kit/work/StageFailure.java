package io.framewise.kit.work;

/**
 * A job gives up on a video for a reason trying again will not change (the file is not a usable video).
 * The message is for people: it becomes the video's error in the API and in {@code render.ready}.
 */
public class StageFailure extends Exception {

    public StageFailure(String reason, Throwable cause) {
        super(reason, cause);
    }

    public StageFailure(String reason) {
        super(reason);
    }
}
