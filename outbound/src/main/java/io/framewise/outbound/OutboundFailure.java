package io.framewise.outbound;

/** An outbound request (an import's download, a webhook delivery) that did not succeed; the message is for people. */
public class OutboundFailure extends RuntimeException {

    public OutboundFailure(String message) {
        super(message);
    }

    public OutboundFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
