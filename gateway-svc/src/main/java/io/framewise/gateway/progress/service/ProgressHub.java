package io.framewise.gateway.progress.service;

import io.framewise.events.FramewiseEvent;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Fans the stage events this instance reads from Kafka out to the SSE clients connected to it, by video.
 * Every gateway instance reads every stage event (a consumer group of its own), so a client gets its video's
 * progress whichever instance it reached.
 */
@ApplicationScoped
public class ProgressHub {

    /** At most this many events wait for a subscription that has not started yet. */
    private static final int MAX_BUFFERED = 1000;

    private final Map<String, Set<Subscription>> byVideo = new ConcurrentHashMap<>();
    private volatile boolean feedReady;

    /**
     * Subscribes to a video's events from now on. They are buffered until {@link Subscription#start} is
     * called, so a client can first be sent the current state without missing what happens meanwhile.
     */
    public Subscription subscribe(String videoId) {
        Subscription subscription = new Subscription(videoId);
        byVideo.computeIfAbsent(videoId, id -> ConcurrentHashMap.newKeySet()).add(subscription);
        return subscription;
    }

    public void publish(FramewiseEvent event) {
        Set<Subscription> subscriptions = byVideo.get(event.videoId());
        if (subscriptions != null) {
            subscriptions.forEach(subscription -> subscription.accept(event));
        }
    }

    public int subscriptions() {
        return byVideo.values().stream().mapToInt(Set::size).sum();
    }

    /** True once this instance's Kafka consumer has its partitions (and so sees new events). */
    public boolean isFeedReady() {
        return feedReady;
    }

    public void feedReady(boolean ready) {
        feedReady = ready;
    }

    private void remove(Subscription subscription) {
        byVideo.computeIfPresent(subscription.videoId, (id, set) -> {
            set.remove(subscription);
            return set.isEmpty() ? null : set;
        });
    }

    /** One client's interest in one video. */
    public final class Subscription implements AutoCloseable {

        private final String videoId;
        private List<FramewiseEvent> buffer = new ArrayList<>();
        private Consumer<FramewiseEvent> consumer;

        private Subscription(String videoId) {
            this.videoId = videoId;
        }

        /** Delivers what was buffered, then every further event, to the consumer. */
        public synchronized void start(Consumer<FramewiseEvent> target) {
            buffer.forEach(target);
            buffer = null;
            consumer = target;
        }

        synchronized void accept(FramewiseEvent event) {
            if (consumer != null) {
                consumer.accept(event);
            } else if (buffer != null && buffer.size() < MAX_BUFFERED) {
                buffer.add(event);
            }
        }

        @Override
        public void close() {
            remove(this);
        }
    }
}
