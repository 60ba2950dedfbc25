package io.framewise.events.api;

import io.framewise.events.FaceBox;
import java.util.List;

/**
 * A known person matched in a video, with every capture they were matched in, in time order: an entry of
 * {@code people.json} (S3's celebrity list, in our own shape) and of a video's {@code people}.
 */
public record PersonSeen(String personId, String name, List<Appearance> appearances) {

    public PersonSeen {
        appearances = appearances == null ? List.of() : List.copyOf(appearances);
    }

    /** When they are first seen, in ms from the start. */
    public long firstMs() {
        return appearances.isEmpty() ? Long.MAX_VALUE : appearances.getFirst().timeMs();
    }

    /** One matched face: in which capture, when (ms and seconds), how close the match and where in the frame. */
    public record Appearance(int index, long timeMs, double time, Double similarity, FaceBox box) {
    }
}
