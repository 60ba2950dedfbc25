package io.framewise.events.serde;

/** A record that is not a valid event of the contract: bad JSON, a missing field, a wrong value. */
public class EventFormatException extends RuntimeException {

    public EventFormatException(String message, Throwable cause) {
        super(message, cause);
    }

    public EventFormatException(String message) {
        super(message);
    }
}
