package io.framewise.outbound;

/** A URL the gateway will not fetch from or deliver to; the message says why, for people. */
public class RefusedUrlException extends RuntimeException {

    public RefusedUrlException(String message) {
        super(message);
    }
}
