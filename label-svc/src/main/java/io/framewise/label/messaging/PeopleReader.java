package io.framewise.label.messaging;

import io.framewise.events.PersonEnrolled;
import io.framewise.events.Topics;
import io.framewise.events.serde.EventDeserializers;
import io.framewise.kit.messaging.KafkaClientSettings;
import io.framewise.label.config.FaceConfig;
import io.framewise.label.service.EnrolmentService;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Reads the compacted {@value Topics#PEOPLE} topic from its beginning into this process's gallery, then follows it.
 *
 * <p>Every replica needs the whole gallery, so this is not a consumer group member: it assigns itself every
 * partition of the topic and seeks to the beginning (no group id, no committed offsets, nothing shared with the
 * other replicas). A plain Kafka consumer on its own thread rather than a SmallRye channel for that reason; it
 * connects with the settings the channels get ({@link KafkaClientSettings}: bootstrap servers, SASL, TLS).
 * Records are applied in order per person (the key): a value enrols (or re-enrols) them, a tombstone removes them.
 * A record that cannot be read is logged, copied to {@code people.dlq} and skipped; it must not stop the gallery.
 */
@ApplicationScoped
public class PeopleReader {

    private static final Logger LOG = Logger.getLogger(PeopleReader.class);

    private final EnrolmentService enrolment;
    private final FaceConfig config;
    private final KafkaClientSettings kafka;
    private final PeopleDeadLetters deadLetters;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean caughtUp = new AtomicBoolean();
    private volatile KafkaConsumer<String, byte[]> consumer;
    private Thread thread;

    public PeopleReader(EnrolmentService enrolment, FaceConfig config, KafkaClientSettings kafka,
                        PeopleDeadLetters deadLetters) {
        this.enrolment = enrolment;
        this.config = config;
        this.kafka = kafka;
        this.deadLetters = deadLetters;
    }

    void start(@Observes StartupEvent ignored) {
        if (!config.enabled()) {
            LOG.info("Faces are off: the people gallery is not read");
            return;
        }
        running.set(true);
        thread = Thread.ofPlatform().name("people-gallery").daemon().start(this::loop);
    }

    void stop(@Observes ShutdownEvent ignored) throws InterruptedException {
        running.set(false);
        KafkaConsumer<String, byte[]> c = consumer;
        if (c != null) c.wakeup();
        if (thread != null) thread.join(10_000);
    }

    /** True once everything that was on the topic when this process started has been applied. */
    public boolean caughtUp() {
        return caughtUp.get();
    }

    private void loop() {
        while (running.get()) {
            try (KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(kafka.forClient(Map.of(
                    ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                    ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                    // never let a lookup create the topic: it must be compacted, so the launcher or Helm makes it
                    ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false,
                    ConsumerConfig.CLIENT_ID_CONFIG, "label-svc-people-" + ProcessHandle.current().pid())),
                    new StringDeserializer(), new ByteArrayDeserializer())) {
                consumer = c;
                follow(c);
            } catch (WakeupException e) {
                return;
            } catch (RuntimeException e) {
                if (!running.get()) return;
                LOG.warnf("People gallery reader failed (%s); starting over from the beginning in 2 s", e.toString());
                sleep(2000);
            }
        }
    }

    private void follow(KafkaConsumer<String, byte[]> c) {
        List<TopicPartition> partitions = partitions(c);
        c.assign(partitions);
        c.seekToBeginning(partitions);
        Map<TopicPartition, Long> end = c.endOffsets(partitions);
        EventDeserializers.PersonEnrolledDeserializer json = new EventDeserializers.PersonEnrolledDeserializer();
        long applied = 0;
        while (running.get()) {
            for (ConsumerRecord<String, byte[]> r : c.poll(config.pollTimeout())) {
                apply(r, json);
                applied++;
            }
            if (!caughtUp.get() && partitions.stream().allMatch(p -> c.position(p) >= end.get(p))) {
                caughtUp.set(true);
                LOG.infof("People gallery loaded: %d records from %s", applied, Topics.PEOPLE);
            }
        }
    }

    private void apply(ConsumerRecord<String, byte[]> r, EventDeserializers.PersonEnrolledDeserializer json) {
        try {
            if (r.key() == null) {
                LOG.warnf("People record at offset %d has no key (person id), skipped", r.offset());
                deadLetters.send(r, "no key (person id)");
            } else if (r.value() == null) {
                enrolment.remove(r.key());
            } else {
                PersonEnrolled p = json.deserialize(r.topic(), r.value());
                if (!p.personId().equals(r.key())) {
                    LOG.warnf("People record at offset %d: key %s but person %s, skipped", r.offset(), r.key(), p.personId());
                    deadLetters.send(r, "key " + r.key() + " but person " + p.personId());
                } else {
                    enrolment.enrol(p);
                }
            }
        } catch (RuntimeException e) {
            LOG.warnf("People record at offset %d (key %s) could not be applied: %s", r.offset(), r.key(), e.toString());
            deadLetters.send(r, e.toString());
        }
    }

    /** The topic's partitions; waits for the topic to exist (the launcher or Helm creates it). */
    private List<TopicPartition> partitions(KafkaConsumer<String, byte[]> c) {
        while (running.get()) {
            var infos = c.partitionsFor(Topics.PEOPLE, Duration.ofSeconds(10));
            if (infos != null && !infos.isEmpty()) {
                return infos.stream().map(i -> new TopicPartition(i.topic(), i.partition())).toList();
            }
            LOG.infof("Waiting for the topic %s", Topics.PEOPLE);
            sleep(2000);
        }
        throw new WakeupException();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
