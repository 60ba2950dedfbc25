package io.framewise.gateway.progress.messaging;

import io.framewise.events.FramewiseEvent;
import io.framewise.events.Topics;
import io.framewise.events.serde.EventJson;
import org.apache.kafka.common.serialization.Deserializer;
import org.jboss.logging.Logger;

/**
 * Reads any contract event, choosing its type by topic, for the one channel that listens to every stage topic.
 * A record it cannot read is skipped (null): progress for SSE is best-effort and must never stop the feed.
 */
public class ProgressEventDeserializer implements Deserializer<FramewiseEvent> {

    private static final Logger LOG = Logger.getLogger(ProgressEventDeserializer.class);

    @Override
    public FramewiseEvent deserialize(String topic, byte[] data) {
        Class<? extends FramewiseEvent> type = Topics.EVENT_TYPES.get(topic);
        if (data == null || type == null) {
            return null;
        }
        try {
            return EventJson.fromBytes(data, type);
        } catch (RuntimeException e) {
            LOG.debugf("unreadable record on %s skipped: %s", topic, e.getMessage());
            return null;
        }
    }
}
