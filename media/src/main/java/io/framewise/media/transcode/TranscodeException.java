package io.framewise.media.transcode;

/** FFmpeg could not make the outputs; the message carries FFmpeg's own last words, meant to be shown to people. */
public class TranscodeException extends Exception {

    public TranscodeException(String message) {
        super(message);
    }

    public TranscodeException(String message, Throwable cause) {
        super(message, cause);
    }
}
