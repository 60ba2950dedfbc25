package io.framewise.gateway.people.messaging;

import io.framewise.events.PersonEnrolled;
import io.framewise.events.Topics;
import io.smallrye.reactive.messaging.kafka.Record;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;

/**
 * Writes the people gallery's compacted topic {@value Topics#PEOPLE} through the SmallRye channel {@code people}
 * (so it gets every {@code kafka.*} setting the other channels get, SASL and TLS included): a {@link PersonEnrolled}
 * keyed by person id, or a tombstone, a {@link Record} with a null value, that removes the person. Returns only once
 * Kafka has the record.
 */
@ApplicationScoped
public class PeoplePublisher {

    private final Emitter<Record<String, PersonEnrolled>> people;

    public PeoplePublisher(@Channel("people") Emitter<Record<String, PersonEnrolled>> people) {
        this.people = people;
    }

    public void enrolled(PersonEnrolled person) {
        send(person.personId(), person);
    }

    public void removed(String personId) {
        send(personId, null);
    }

    private void send(String personId, PersonEnrolled value) {
        try {
            people.send(Record.of(personId, value)).toCompletableFuture().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the people topic did not take the record for " + personId + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
