package io.framewise.media.frames;

import io.framewise.media.UnusableMediaException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Takes pictures at given times by seeking, so ten frames of a long video cost about what they cost in a short one. */
public final class FrameSampler {

    private final Decoding decoding;

    public FrameSampler(Decoding decoding) {
        this.decoding = decoding;
    }

    /**
     * The frames at {@code timesMs}, in ascending time, scaled to fit {@code box}. Times the file cannot deliver
     * (a truncated tail) are left out; if none can be decoded at all, the video is unusable.
     */
    public List<VideoFrame> sample(Path file, List<Long> timesMs, FrameSize box) throws UnusableMediaException {
        List<VideoFrame> frames = new ArrayList<>(timesMs.size());
        try (FrameReader reader = FrameReader.open(file, box, decoding)) {
            for (long timeMs : timesMs.stream().sorted().toList()) {
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
