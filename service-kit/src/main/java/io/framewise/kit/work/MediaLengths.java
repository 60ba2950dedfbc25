package io.framewise.kit.work;

import io.framewise.events.RenderStart;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The length of each video this process has seen a {@code render.start} of (its probe), so a stage's time limit
 * can grow with the video without each service passing it along. The interceptor that counts every consumed record
 * ({@code ConsumedEvents}) notes them; the most recent {@value #CAPACITY} are kept.
 */
@ApplicationScoped
public class MediaLengths {

    private static final int CAPACITY = 10_000;

    private final Map<String, Duration> lengths = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Duration> eldest) {
            return size() > CAPACITY;
        }
    };

    /** Remembers the length if the record is a {@code render.start}; anything else is ignored. */
    public void note(Object payload) {
        if (payload instanceof RenderStart start) {
            synchronized (lengths) {
                lengths.put(start.videoId(), Duration.ofMillis(start.probe().durationMs()));
            }
        }
    }

    public Optional<Duration> of(String videoId) {
        synchronized (lengths) {
            return Optional.ofNullable(lengths.get(videoId));
        }
    }
}
