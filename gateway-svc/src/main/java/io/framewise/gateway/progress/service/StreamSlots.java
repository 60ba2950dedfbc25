package io.framewise.gateway.progress.service;

import io.framewise.gateway.progress.config.EventsConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts the event streams held open, per client address and in all, so one client (or many) cannot hold the
 * instance's connections and memory with streams that never end; each also ends after its lifetime.
 */
@ApplicationScoped
public class StreamSlots {

    /** Why a stream was refused: the HTTP status and the words. */
    public record Refusal(int status, String code, String message) {
    }

    private final int perClient;
    private final int total;
    private final Map<String, Integer> byClient = new ConcurrentHashMap<>();
    private final AtomicInteger open = new AtomicInteger();

    @Inject
    public StreamSlots(EventsConfig config) {
        this(config.maxPerClient(), config.maxStreams());
    }

    StreamSlots(int perClient, int total) {
        this.perClient = perClient;
        this.total = total;
    }

    /** Takes a slot for the client (empty), or says why not; give it back with {@link #release}. */
    public Optional<Refusal> take(String client) {
        if (open.incrementAndGet() > total) {
            open.decrementAndGet();
            return Optional.of(new Refusal(503, "TooManyStreams", "this server holds " + total
                    + " event streams already; try again in a minute"));
        }
        boolean[] refused = {false};
        byClient.compute(client, (key, count) -> {
            int now = count == null ? 0 : count;
            if (now >= perClient) {
                refused[0] = true;
                return count;
            }
            return now + 1;
        });
        if (refused[0]) {
            open.decrementAndGet();
            return Optional.of(new Refusal(429, "TooManyStreams", "at most " + perClient + " event streams per "
                    + "client at once; close one first"));
        }
        return Optional.empty();
    }

    public void release(String client) {
        byClient.computeIfPresent(client, (key, count) -> count <= 1 ? null : count - 1);
        open.decrementAndGet();
    }

    /** Streams open now. */
    public int open() {
        return open.get();
    }
}
