package io.framewise.events;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Event ids for events caused by other events. A stage that handles a redelivered event makes the same
 * follow-up events again; deriving their ids from the cause gives them the same ids too, so consumers that
 * drop repeated ids (status-svc does) see each follow-up once.
 */
public final class EventIds {

    private EventIds() {
    }

    /** A name-based (version 3) UUID of the cause's id and what this event is, e.g. {@code "capture/3"}. */
    public static UUID derive(UUID cause, String what) {
        return UUID.nameUUIDFromBytes((cause + "/" + what).getBytes(StandardCharsets.UTF_8));
    }
}
