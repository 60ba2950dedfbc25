package io.framewise.gateway.messaging;

import io.framewise.events.PersonEnrolled;
import io.framewise.events.Topics;
import io.framewise.events.serde.EventSerializer;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Writes the people gallery's compacted topic {@value Topics#PEOPLE}: a {@link PersonEnrolled} keyed by person id,
 * or a tombstone (null value) that removes the person. A plain Kafka producer rather than a SmallRye emitter
 * because a tombstone has no payload, which a reactive-messaging message cannot carry. Returns only once Kafka has
 * the record.
 */
@ApplicationScoped
public class PeoplePublisher {

    private final KafkaProducer<String, Object> producer;

    public PeoplePublisher(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.CLIENT_ID_CONFIG, "gateway-people"),
                new StringSerializer(), new EventSerializer());
    }

    public void enrolled(PersonEnrolled person) {
        send(person.personId(), person);
    }

    public void removed(String personId) {
        send(personId, null);
    }

    private void send(String personId, PersonEnrolled value) {
        try {
            producer.send(new ProducerRecord<>(Topics.PEOPLE, personId, value)).get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the people topic did not take the record for " + personId + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @PreDestroy
    void close() {
        producer.close(java.time.Duration.ofSeconds(5));
    }
}
