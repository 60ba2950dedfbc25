package io.framewise.local.launcher;

/** A port the stack needs is taken; the message names the port and what it was for. */
public class PortInUseException extends IllegalStateException {

    public PortInUseException(String message) {
        super(message);
    }
}
