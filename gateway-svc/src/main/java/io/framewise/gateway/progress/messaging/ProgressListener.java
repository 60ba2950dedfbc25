package io.framewise.gateway.progress.messaging;

import io.framewise.events.FramewiseEvent;
import io.framewise.gateway.progress.service.ProgressHub;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.kafka.KafkaConsumerRebalanceListener;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Every stage event, read by this instance alone (its consumer group is unique, starting at the latest
 * offsets), handed to the SSE hub. Nothing is committed: a restarted instance only needs what comes next.
 */
@ApplicationScoped
@Identifier("progress-rebalance")
public class ProgressListener implements KafkaConsumerRebalanceListener {

    private static final Logger LOG = Logger.getLogger(ProgressListener.class);

    private final ProgressHub hub;

    public ProgressListener(ProgressHub hub) {
        this.hub = hub;
    }

    @Incoming("progress")
    public void onEvent(FramewiseEvent event) {
        if (event != null) {
            hub.publish(event);
        }
    }

    @Override
    public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        // Resolve the starting positions now, so every event sent after this instance is ready reaches it.
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        LOG.debugf("progress feed assigned %d partitions", partitions.size());
        hub.feedReady(true);
    }

    @Override
    public void onPartitionsLost(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        hub.feedReady(false);
    }
}
