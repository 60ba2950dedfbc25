package io.framewise.transcribe.service;

import io.framewise.transcribe.domain.Segment;
import io.framewise.transcribe.domain.TimedWord;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Cuts the stream of words into segments: a new one starts after a pause of at least {@code pause}, or once the
 * current one has run for {@code maxLength} (speech without breaks still gives readable cues). The recogniser
 * gives no punctuation, so pauses are the sentence marks. Words arrive in time order; a word that starts before
 * the previous one ended (overlapping lattice times) is moved to start there, so times never go backwards.
 */
public final class Segmenter implements Consumer<TimedWord> {

    private final long pauseMs;
    private final long maxLengthMs;
    private final List<Segment> segments = new ArrayList<>();
    private final List<TimedWord> current = new ArrayList<>();
    private long lastEndMs = -1;

    public Segmenter(Duration pause, Duration maxLength) {
        this.pauseMs = pause.toMillis();
        this.maxLengthMs = maxLength.toMillis();
    }

    @Override
    public void accept(TimedWord word) {
        TimedWord ordered = word.startMs() >= lastEndMs ? word
                : new TimedWord(word.word(), lastEndMs, Math.max(lastEndMs, word.endMs()), word.confidence());
        if (!current.isEmpty()) {
            boolean paused = ordered.startMs() - lastEndMs >= pauseMs;
            boolean tooLong = lastEndMs - current.getFirst().startMs() >= maxLengthMs;
            if (paused || tooLong) {
                close();
            }
        }
        current.add(ordered);
        lastEndMs = ordered.endMs();
    }

    /** The segments so far, the open one closed. */
    public List<Segment> finish() {
        close();
        return List.copyOf(segments);
    }

    private void close() {
        if (!current.isEmpty()) {
            segments.add(Segment.of(current));
            current.clear();
        }
    }
}
