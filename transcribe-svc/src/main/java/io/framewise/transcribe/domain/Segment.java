package io.framewise.transcribe.domain;

import io.framewise.events.TranscriptSegment;
import java.util.List;

/** A run of words between pauses: one subtitle cue. Its text is its words joined by spaces. */
public record Segment(long startMs, long endMs, String text, List<TimedWord> words) {

    public Segment {
        words = List.copyOf(words);
    }

    public static Segment of(List<TimedWord> words) {
        if (words.isEmpty()) {
            throw new IllegalArgumentException("a segment has at least one word");
        }
        String text = String.join(" ", words.stream().map(TimedWord::word).toList());
        return new Segment(words.getFirst().startMs(), words.getLast().endMs(), text, words);
    }

    /** The event's lighter form, without word timings. */
    public TranscriptSegment toEvent() {
        return new TranscriptSegment(startMs, endMs, text);
    }
}
