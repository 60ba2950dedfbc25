package io.framewise.e2e;

import io.framewise.e2e.EventTimeline.Received;
import io.framewise.events.CaptureCreated;
import io.framewise.events.LabelsDone;
import io.framewise.events.PreviewCreated;
import io.framewise.events.RenderReady;
import io.framewise.events.RenderStart;
import io.framewise.events.RenditionsCreated;
import io.framewise.events.StoryboardCreated;
import io.framewise.events.TranscriptCreated;
import io.framewise.events.VideoUploaded;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * One video's stage times, from the events' own timestamps. {@code sentAt} is when the client began the upload.
 * Each stage's time runs from the event that started it to the event that ended it, Kafka hops included.
 */
record StageTimes(Duration endToEnd, Duration upload, Duration session, Duration preview, Duration captures,
                  Duration labels, Duration labelPerCapture, Duration completion, int captureCount, String status,
                  Duration storyboard, Duration transcode, Duration transcribe) {

    static StageTimes of(Instant sentAt, List<Received> events) {
        Instant uploaded = at(events, e -> e instanceof VideoUploaded);
        Instant started = at(events, e -> e instanceof RenderStart);
        Instant preview = at(events, e -> e instanceof PreviewCreated);
        Instant capturesDone = at(events, e -> e instanceof CaptureCreated c && c.isCompletionMarker());
        List<Received> labelled = events.stream().filter(r -> r.event() instanceof LabelsDone).toList();
        Instant lastLabel = labelled.stream().map(r -> r.event().at()).max(Instant::compareTo).orElse(capturesDone);
        RenderReady ready = (RenderReady) events.stream().map(Received::event).filter(e -> e instanceof RenderReady)
                .findFirst().orElseThrow();
        Map<Integer, Instant> captured = new java.util.HashMap<>();
        events.stream().map(Received::event).filter(e -> e instanceof CaptureCreated c && !c.isCompletionMarker())
                .map(e -> (CaptureCreated) e).forEach(c -> captured.put(c.capture().index(), c.at()));
        Duration perCapture = labelled.stream().map(r -> (LabelsDone) r.event())
                .map(l -> Duration.between(captured.getOrDefault(l.index(), l.at()), l.at()))
                .reduce(Duration.ZERO, Duration::plus).dividedBy(Math.max(1, labelled.size()));
        Instant storyboard = optionalAt(events, e -> e instanceof StoryboardCreated);
        Instant transcoded = optionalAt(events, e -> e instanceof RenditionsCreated);
        Instant transcribed = optionalAt(events, e -> e instanceof TranscriptCreated);
        Instant lastStage = max(preview, max(capturesDone, lastLabel));
        for (Instant other : new Instant[] {storyboard, transcoded, transcribed}) {
            lastStage = other == null ? lastStage : max(lastStage, other);
        }
        return new StageTimes(Duration.between(sentAt, ready.at()), Duration.between(sentAt, uploaded),
                Duration.between(uploaded, started), Duration.between(started, preview),
                Duration.between(started, capturesDone), Duration.between(started, lastLabel), perCapture,
                Duration.between(lastStage, ready.at()), captured.size(), ready.status().name(),
                since(started, storyboard), since(started, transcoded), since(started, transcribed));
    }

    /** Zero for a stage the video did not go through. */
    private static Duration since(Instant start, Instant end) {
        return end == null ? Duration.ZERO : Duration.between(start, end);
    }

    private static Instant optionalAt(List<Received> events, Predicate<Object> which) {
        return events.stream().map(Received::event).filter(which::test).map(e -> e.at()).findFirst().orElse(null);
    }

    private static Instant at(List<Received> events, Predicate<Object> which) {
        return events.stream().map(Received::event).filter(which::test).map(e -> e.at()).findFirst()
                .orElseThrow(() -> new IllegalStateException("an expected event is missing: " + events));
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
