package io.framewise.media.frames;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVIndexEntry;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVRational;
import org.bytedeco.ffmpeg.global.avformat;
import org.bytedeco.javacv.FFmpegFrameGrabber;

/**
 * Where a video's keyframes are, from the container's own index (an MP4's sync-sample table, a Matroska file's
 * cues), read when the file is opened: no decoding. A keyframe is the one picture a seek can land on and decode
 * alone, so a picture taken at a keyframe costs one decode instead of a whole group of pictures. Containers
 * without an index (MPEG-TS, a WebM without cues) give an empty index, and callers fall back to exact times.
 */
public final class KeyframeIndex {

    private static final KeyframeIndex NONE = new KeyframeIndex(List.of());

    private final List<Long> timesMs;

    KeyframeIndex(List<Long> timesMs) {
        this.timesMs = List.copyOf(timesMs);
    }

    /** The index of the video stream the grabber decodes (empty if the container has none). */
    public static KeyframeIndex of(FFmpegFrameGrabber grabber) {
        AVFormatContext context = grabber.getFormatContext();
        int streamIndex = grabber.getVideoStream();
        if (context == null || streamIndex < 0 || streamIndex >= context.nb_streams()) {
            return NONE;
        }
        AVStream stream = context.streams(streamIndex);
        AVRational timeBase = stream.time_base();
        long startMs = VideoClock.startUs(grabber) / 1000;
        int entries = avformat.avformat_index_get_entries_count(stream);
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < entries; i++) {
            AVIndexEntry entry = avformat.avformat_index_get_entry(stream, i);
            if (entry != null && (entry.flags() & AVIndexEntry.AVINDEX_KEYFRAME) != 0 && entry.timestamp() >= 0) {
                times.add(Math.max(0, entry.timestamp() * 1000L * timeBase.num() / timeBase.den() - startMs));
            }
        }
        return new KeyframeIndex(times.stream().sorted().distinct().toList());
    }

    public List<Long> timesMs() {
        return timesMs;
    }

    public boolean isEmpty() {
        return timesMs.isEmpty();
    }

    /**
     * The longest stretch of a video of {@code durationMs} without a keyframe, its tail included; unknown
     * (max value) without an index.
     */
    public long longestGapMs(long durationMs) {
        if (timesMs.isEmpty()) {
            return Long.MAX_VALUE;
        }
        long longest = timesMs.getFirst();
        for (int i = 1; i < timesMs.size(); i++) {
            longest = Math.max(longest, timesMs.get(i) - timesMs.get(i - 1));
        }
        return Math.max(longest, durationMs - timesMs.getLast());
    }

    /** The keyframe nearest to {@code timeMs} if one lies within {@code toleranceMs}. */
    public OptionalLong nearest(long timeMs, long toleranceMs) {
        long best = -1;
        long bestDistance = Long.MAX_VALUE;
        for (long keyframe : timesMs) {
            long distance = Math.abs(keyframe - timeMs);
            if (distance < bestDistance) {
                best = keyframe;
                bestDistance = distance;
            }
        }
        return best >= 0 && bestDistance <= toleranceMs ? OptionalLong.of(best) : OptionalLong.empty();
    }

    /**
     * {@code timesMs} moved to their nearest keyframes where one lies within {@code toleranceMs} and no earlier
     * time took it already; the others stay as they are (a seek there decodes a few more pictures). The result
     * keeps the order and count of the input.
     */
    public List<Long> snap(List<Long> timesMs, long toleranceMs) {
        Set<Long> taken = new HashSet<>();
        List<Long> snapped = new ArrayList<>(timesMs.size());
        for (long time : timesMs) {
            OptionalLong keyframe = toleranceMs > 0 ? nearest(time, toleranceMs) : OptionalLong.empty();
            if (keyframe.isPresent() && taken.add(keyframe.getAsLong())) {
                snapped.add(keyframe.getAsLong());
            } else {
                snapped.add(time);
            }
        }
        return snapped;
    }
}
