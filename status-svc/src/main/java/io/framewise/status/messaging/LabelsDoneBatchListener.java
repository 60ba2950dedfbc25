package io.framewise.status.messaging;

import io.framewise.events.LabelsDone;
import io.framewise.events.Topics;
import io.framewise.events.serde.EventFormatException;
import io.framewise.status.service.LabelsBatch;
import io.framewise.status.service.VideoStateService;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordBatchMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * labels.done comes once per capture, the busiest topic: it is consumed in batches (one poll, up to
 * {@code max.poll.records}) and each batch applied in one transaction ({@link LabelsBatch}), retried with back-off
 * like every other event. The batch's offsets are committed only once that transaction has committed.
 * <p>
 * A poison record (no event: a null payload, see service-kit {@code PoisonRecords}) must not take its batch down
 * with it: it is sent to {@code labels.done.dlq} on its own (by nacking that record alone, through the channel's
 * dead-letter-queue strategy) after the good records are stored. If a batch still fails after its retries, its
 * records are applied one at a time as before, so only a record that fails on its own is dead-lettered.
 */
@ApplicationScoped
public class LabelsDoneBatchListener {

    private static final Logger LOG = Logger.getLogger(LabelsDoneBatchListener.class);

    private final LabelsBatch batches;
    private final VideoStateService state;
    private final Counter failedBatches;

    public LabelsDoneBatchListener(LabelsBatch batches, VideoStateService state, MeterRegistry registry) {
        this.batches = batches;
        this.state = state;
        this.failedBatches = Counter.builder("framewise.labels.batches.failed")
                .description("labels.done batches that still failed after their retries, then applied one at a time")
                .register(registry);
    }

    /**
     * The batch arrives as a {@code Message<List<…>>} (a service-kit interceptor wraps every incoming message, so it
     * is no {@code KafkaRecordBatch} any more); its metadata holds the records, each of which can be nacked alone.
     */
    @Incoming("labels-done")
    public Uni<Void> onLabelsDone(Message<List<LabelsDone>> batch) {
        List<Message<?>> records = batch.getMetadata(IncomingKafkaRecordBatchMetadata.class)
                .map(IncomingKafkaRecordBatchMetadata::getBatchedMessages)
                .orElseThrow(() -> new IllegalStateException("labels-done must be consumed with batch=true"));
        List<Message<?>> good = records.stream().filter(r -> r.getPayload() != null).toList();
        List<Message<?>> poison = records.stream().filter(r -> r.getPayload() == null).toList();
        List<LabelsDone> events = good.stream().map(r -> (LabelsDone) r.getPayload()).toList();
        // Dead-lettering acknowledges the record; were it the last of its partition in this batch, that would commit
        // the offsets of the good records before it: so only after they are stored.
        return StageEventListener.retried(batches.apply(events))
                .onFailure().recoverWithUni(failure -> oneByOne(good, failure))
                .chain(() -> deadLetter(poison))
                .chain(() -> Uni.createFrom().completionStage(batch.ack()));
    }

    private Uni<Void> oneByOne(List<Message<?>> records, Throwable failure) {
        failedBatches.increment();
        LOG.warnf(failure, "a batch of %d labels.done still fails after its retries: applying them one at a time",
                records.size());
        return Multi.createFrom().iterable(records)
                .onItem().transformToUniAndConcatenate(record ->
                        StageEventListener.retried(state.labelsDone((LabelsDone) record.getPayload()))
                                .onFailure().recoverWithUni(e -> Uni.createFrom().completionStage(record.nack(e))))
                .collect().last().replaceWithVoid();
    }

    private static Uni<Void> deadLetter(List<Message<?>> poison) {
        return Multi.createFrom().iterable(poison)
                .onItem().transformToUniAndConcatenate(record -> Uni.createFrom().completionStage(record.nack(
                        new EventFormatException("an unreadable record on " + Topics.LABELS_DONE
                                + " (not an event of the contract): sent to the dead-letter queue"))))
                .collect().last().replaceWithVoid();
    }
}
