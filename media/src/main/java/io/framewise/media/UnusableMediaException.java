package io.framewise.media;

/**
 * The file cannot be used as a video. The message is written for people: it reaches the API and
 * {@code render.ready} as the reason a video FAILED, so it says what is wrong with the file, not which
 * FFmpeg call returned which code.
 */
public class UnusableMediaException extends Exception {

    public UnusableMediaException(String reason) {
        super(reason);
    }

    public UnusableMediaException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
