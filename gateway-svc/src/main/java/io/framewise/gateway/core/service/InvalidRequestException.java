package io.framewise.gateway.core.service;

/** A request whose content is wrong (a bad parameter, an unknown event name): 400 with this message. */
public class InvalidRequestException extends RuntimeException {

    public InvalidRequestException(String message) {
        super(message);
    }
}
