package io.framewise.media.frames;

import io.framewise.media.UnusableMediaException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Takes pictures at given times by seeking, so ten frames of a long video cost about what they cost in a short one.
 * A time with a keyframe close by is moved onto it: a seek to a keyframe decodes one picture, a seek between two
 * decodes everything from the keyframe before (up to a whole group of pictures, seconds of video).
 */
public final class FrameSampler {

    private final Decoding decoding;
    private final long keyframeSnapMs;

    /** Takes exactly the times asked for. */
    public FrameSampler(Decoding decoding) {
        this(decoding, 0);
    }

    /** @param keyframeSnapMs a time moves to the nearest keyframe within this distance (0: never) */
    public FrameSampler(Decoding decoding, long keyframeSnapMs) {
        if (keyframeSnapMs < 0) {
            throw new IllegalArgumentException("keyframeSnapMs must not be negative, was " + keyframeSnapMs);
        }
        this.decoding = decoding;
        this.keyframeSnapMs = keyframeSnapMs;
    }

    /**
     * The frames at {@code timesMs} (or at keyframes near them), in ascending time, scaled to fit {@code box}.
     * Each frame carries the time it was taken at. Times the file cannot deliver
     * (a truncated tail) are left out; if none can be decoded at all, the video is unusable.
     */
    public List<VideoFrame> sample(Path file, List<Long> timesMs, FrameSize box) throws UnusableMediaException {
        List<VideoFrame> frames = new ArrayList<>(timesMs.size());
        try (FrameReader reader = FrameReader.open(file, box, decoding)) {
            for (long timeMs : reader.keyframes().snap(timesMs.stream().sorted().toList(), keyframeSnapMs).stream()
                    .sorted().toList()) {
                reader.frameAt(timeMs).ifPresent(frames::add);
            }
        }
        if (frames.isEmpty()) {
            throw new UnusableMediaException("no picture could be decoded at the requested times: the file looks "
                    + "truncated or damaged");
        }
        return frames;
    }
}
