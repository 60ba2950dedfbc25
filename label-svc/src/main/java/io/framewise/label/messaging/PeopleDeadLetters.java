package io.framewise.label.messaging;

import io.framewise.events.Topics;
import io.smallrye.reactive.messaging.kafka.Record;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Copies a {@value Topics#PEOPLE} record this replica could not apply to {@code people.dlq} (channel
 * {@code people-dead-letters}), unchanged, with the headers SmallRye's dead-letter queues give the other topics'
 * records ({@code dead-letter-reason}, {@code -topic}, {@code -partition}, {@code -offset}). Every replica reads the
 * whole topic, so each one that meets the record sends its copy: the partition and offset headers tell them apart.
 */
@ApplicationScoped
public class PeopleDeadLetters {

    private static final Logger LOG = Logger.getLogger(PeopleDeadLetters.class);

    private final Emitter<Record<String, byte[]>> deadLetters;

    public PeopleDeadLetters(@Channel("people-dead-letters") Emitter<Record<String, byte[]>> deadLetters) {
        this.deadLetters = deadLetters;
    }

    /** Sends without waiting: the gallery reader must not stall on it. A failure to send is logged. */
    void send(ConsumerRecord<String, byte[]> record, String reason) {
        var headers = new RecordHeaders()
                .add("dead-letter-reason", bytes(reason))
                .add("dead-letter-topic", bytes(record.topic()))
                .add("dead-letter-partition", bytes(Integer.toString(record.partition())))
                .add("dead-letter-offset", bytes(Long.toString(record.offset())));
        Message<Record<String, byte[]>> message = Message.of(Record.of(record.key(), record.value()))
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withHeaders(headers).build())
                .withNack(failure -> {
                    LOG.warnf("People record at offset %d could not be dead-lettered: %s", record.offset(), failure.toString());
                    return CompletableFuture.completedFuture(null);
                });
        deadLetters.send(message);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
