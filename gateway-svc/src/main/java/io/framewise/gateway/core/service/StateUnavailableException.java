package io.framewise.gateway.core.service;

/**
 * status-svc cannot answer for a passing reason (its database is restarting, or it is itself unreachable): the
 * API answers 503 with Retry-After, not an opaque 500.
 */
public class StateUnavailableException extends RuntimeException {

    public StateUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    /** A 502/503/504 from status-svc, or no answer at all, is passing; a 500 is a fault and stays one. */
    public static boolean isPassing(RuntimeException statusError) {
        if (statusError instanceof jakarta.ws.rs.WebApplicationException answered) {
            int code = answered.getResponse().getStatus();
            return code == 502 || code == 503 || code == 504;
        }
        return statusError instanceof jakarta.ws.rs.ProcessingException;
    }
}
