package io.framewise.transcribe.domain;

import io.framewise.events.ModelRef;
import java.util.List;

/**
 * What {@code transcript.json} holds: the language, the engine and the model that made it (name, version,
 * SHA-256 of its files), the audio's length as processed, the whole text, and the segments with their word timings. An empty transcript (no audio, no speech) has empty text and no
 * segments.
 */
public record Transcript(String videoId, String language, String engine, ModelRef model, long audioMs,
                         String text, List<Segment> segments) {

    public Transcript {
        segments = List.copyOf(segments);
    }

    public static Transcript of(String videoId, String language, String engine, ModelRef model, long audioMs,
                                List<Segment> segments) {
        String text = String.join(" ", segments.stream().map(Segment::text).toList());
        return new Transcript(videoId, language, engine, model, audioMs, text, segments);
    }
}
