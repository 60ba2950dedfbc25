package io.framewise.kit.messaging;

import io.framewise.events.serde.EventFormatException;

/**
 * A record that is no event (bad JSON, a required field missing, the wrong shape) must go to its topic's
 * dead-letter queue, not stop the consumer. SmallRye's default is to fail the channel on a deserialization error
 * (the consumer stops polling: every later record of its partitions is stuck). With
 * {@code fail-on-deserialization-failure=false} it hands the listener a null payload instead, with the failure in
 * the record's headers; the listener refuses it here, SmallRye nacks it, and the dead-letter-queue failure
 * strategy writes the original bytes and the reason to {@code <topic>.dlq}.
 */
public final class PoisonRecords {

    private PoisonRecords() {
    }

    /** The event, or an {@link EventFormatException} for a record that could not be read as one. */
    public static <T> T readable(T event, String topic) {
        if (event == null) {
            throw new EventFormatException("an unreadable record on " + topic + " (not an event of the contract): "
                    + "sent to the dead-letter queue");
        }
        return event;
    }
}
