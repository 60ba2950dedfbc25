package io.framewise.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;

/** What the benchmark mains share: one video through the running stack, and the arithmetic of their reports. */
final class BenchSupport {

    private BenchSupport() {
    }

    /** Uploads the file and waits for its render.ready; a video that does not come out READY stops the benchmark. */
    static StageTimes run(Gateway gateway, String kafka, Path clip) throws Exception {
        try (EventTimeline timeline = EventTimeline.open(kafka)) {
            Instant sentAt = Instant.now();
            String id = gateway.upload(clip, clip.getFileName().toString());
            List<EventTimeline.Received> events = timeline.until(id, Duration.ofMinutes(30));
            StageTimes times = StageTimes.of(sentAt, events);
            if (Boolean.getBoolean("bench.timeline")) {
                // Each event's own time after the upload began: where a slow run lost its time.
                System.out.println("  timeline " + events.stream().map(r -> r.topic() + "+" + Duration.between(sentAt,
                        r.event().at()).toMillis()).toList());
            }
            if (!times.status().equals("READY")) {
                throw new IllegalStateException("the benchmark video did not come out READY: " + times);
            }
            return times;
        }
    }

    static Duration median(List<StageTimes> runs, Function<StageTimes, Duration> stage) {
        return median(runs.stream().map(stage).toList());
    }

    static Duration median(List<Duration> values) {
        List<Duration> sorted = values.stream().sorted(Comparator.naturalOrder()).toList();
        return sorted.get(sorted.size() / 2);
    }

    static double ratio(Duration a, Duration b) {
        return (double) a.toNanos() / b.toNanos();
    }

    static String ms(Duration duration) {
        return duration.toMillis() + " ms";
    }

    static Path timedSetup(String what, Callable<Path> make) throws Exception {
        long started = System.nanoTime();
        Path made = make.call();
        System.out.printf("made the %s in %.1f s (%d MB)%n", what, (System.nanoTime() - started) / 1e9,
                Files.size(made) / 1_000_000);
        return made;
    }
}
