package io.framewise.media.frames;

import io.framewise.media.FfmpegNatives;
import io.framewise.media.MediaInput;
import io.framewise.media.UnusableMediaException;
import java.nio.file.Path;
import java.util.Optional;
import org.bytedeco.ffmpeg.global.swscale;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;
import org.bytedeco.javacv.Java2DFrameConverter;

/**
 * An open video from which pictures are taken by seeking: each one costs a jump to the keyframe before it
 * and the decoding of the frames up to it, not the decoding of everything before it. Where the next time asked for
 * lies ahead in the group of pictures already being decoded, it decodes on instead of seeking back to that group's
 * keyframe; and where keyframes are far apart (camera files: 8 s), so that each seek decodes many frames, it decodes
 * with frame threads.
 */
public final class FrameReader implements AutoCloseable {

    /** How far back {@link #pictureFromFurtherBack} goes at most. */
    private static final long MAX_STEP_BACK_MS = 4000;
    /**
     * Keyframes further apart than this (or unknown: no index) are decoded with a thread per core: a seek then
     * decodes dozens of frames, and the few that frame threads decode ahead and a seek throws away cost less than
     * what they save.
     */
    private static final long THREADED_FROM_KEYFRAME_GAP_MS = 2000;
    /**
     * ...and only where frames are costly to decode: the pictures of a talk or a screen recording (0.1 Mbit/s)
     * decode so fast that synchronising the threads after each seek costs more than they save (10 frames of
     * a 10-minute talk: 1.4–1.6 s with one thread, 1.7–2.2 s with two; of a 14 Mbit/s 1080p camera file: 10.4–10.6
     * s, then 6.4–7.7 s).
     */
    private static final long THREADED_FROM_BITRATE = 500_000;
    private static final int MAX_DECODING_THREADS = 4;
    /** How far a file without an index is decoded on rather than seeked: beyond, a seek costs less. */
    private static final long DECODE_ON_WITHOUT_INDEX_MS = 10_000;
    /** JavaCV seeks this far before a time, then decodes up to it (FFmpegFrameGrabber#setTimestamp). */
    private static final long SEEK_LEAD_MS = 500;

    private final FFmpegFrameGrabber grabber;
    private final Java2DFrameConverter converter = new Java2DFrameConverter();
    private final FrameSize size;
    private final KeyframeIndex keyframes;
    private final int decodingThreads;
    /** The time of the last picture handed out, -1 before the first: where decoding on would start from. */
    private long lastPictureMs = -1;

    private FrameReader(FFmpegFrameGrabber grabber, FrameSize size, int decodingThreads) {
        this.grabber = grabber;
        this.size = size;
        this.keyframes = KeyframeIndex.of(grabber);
        this.decodingThreads = decodingThreads;
    }

    /** Opens the video; its pictures will be scaled down to fit {@code box}. */
    public static FrameReader open(Path file, FrameSize box, Decoding decoding) throws UnusableMediaException {
        FrameReader reader = open(file, box, decoding, 1);
        int threads = Math.min(MAX_DECODING_THREADS, Runtime.getRuntime().availableProcessors());
        long bitrate = reader.grabber.getVideoBitrate();
        if (threads > 1 && reader.keyframes.longestGapMs(reader.durationMs()) > THREADED_FROM_KEYFRAME_GAP_MS
                && (bitrate <= 0 || bitrate >= THREADED_FROM_BITRATE)) {
            // The thread count is fixed when the decoder opens, and the index is known only once the file is open.
            reader.close();
            return open(file, box, decoding, threads);
        }
        return reader;
    }

    private static FrameReader open(Path file, FrameSize box, Decoding decoding, int threads)
            throws UnusableMediaException {
        FfmpegNatives.load();
        FFmpegFrameGrabber grabber = MediaInput.restrict(new FFmpegFrameGrabber(file.toFile()));
        // With keyframes close together every seek flushes the decoder after a frame or two: frame threads would
        // decode ahead only to be thrown away.
        grabber.setVideoOption("threads", String.valueOf(threads));
        if (decoding == Decoding.FAST) {
            grabber.setVideoOption("skip_loop_filter", "all");
        }
        try {
            grabber.start();
            FrameSize size = FrameSize.within(grabber.getImageWidth(), grabber.getImageHeight(), box.width(),
                    box.height());
            grabber.setImageWidth(size.width());
            grabber.setImageHeight(size.height());
            grabber.setImageScalingFlags(swscale.SWS_AREA);
            return new FrameReader(grabber, size, threads);
        } catch (FrameGrabber.Exception | RuntimeException e) {
            closeQuietly(grabber);
            throw new UnusableMediaException("the video could not be opened: " + e.getMessage(), e);
        }
    }

    public FrameSize size() {
        return size;
    }

    /** Where the video's keyframes are, from the container's index: the times a picture costs one decode. */
    public KeyframeIndex keyframes() {
        return keyframes;
    }

    /** Frame threads the decoder runs (1 where keyframes are close together or unknown). */
    public int decodingThreads() {
        return decodingThreads;
    }

    /** The picture shown at {@code timeMs}, or empty where the file has none (past its end, a damaged tail). */
    public Optional<VideoFrame> frameAt(long timeMs) throws UnusableMediaException {
        try {
            Frame frame;
            if (decodingOnIsCheaper(timeMs)) {
                frame = decodeOnTo(timeMs);
            } else {
                // Times are whole milliseconds, rounded down from the stream's microseconds: aim at the end of the
                // millisecond, or a seek to a keyframe at x.xxx333 s would land on the keyframe before it and decode
                // a whole group of pictures to get back here.
                grabber.setVideoTimestamp(timeMs * 1000 + 999);
                frame = grabber.grabImage();
                if (frame == null && keyframes.isEmpty()) {
                    frame = pictureFromFurtherBack(timeMs);
                }
            }
            if (frame == null) {
                return Optional.empty();
            }
            lastPictureMs = timeMs;
            // The picture is BGR, 3 bytes a pixel. JavaCV derives the channel count from row stride / width, and
            // pads a row to 64 bytes: a picture under ~128 px wide (a very tall video) then looks like 4 or 96
            // channels, and the converter garbles it or throws (no colour space for 96 channels).
            frame.imageChannels = 3;
            // The converter reuses its image between calls: copy what is handed out.
            return Optional.of(new VideoFrame(timeMs, Images.copyOf(converter.convert(frame))));
        } catch (FrameGrabber.Exception e) {
            throw new UnusableMediaException("the video could not be decoded at " + timeMs + " ms: "
                    + e.getMessage(), e);
        }
    }

    /**
     * A seek decodes from the last keyframe at least {@link #SEEK_LEAD_MS} before the time; decoding on from the
     * last picture handed out decodes fewer frames whenever that picture is at or after that keyframe.
     */
    private boolean decodingOnIsCheaper(long timeMs) {
        if (lastPictureMs < 0 || timeMs <= lastPictureMs) {
            return false;
        }
        if (keyframes.isEmpty()) {
            // An MPEG-TS file: each seek bisects the file on timestamps and then decodes from wherever it landed,
            // about 0.45 s a picture in a 720p one; decoding 3 s on takes about half that.
            return timeMs - lastPictureMs <= DECODE_ON_WITHOUT_INDEX_MS;
        }
        long seekLandsAt = keyframes.timesMs().stream().filter(k -> k <= Math.max(0, timeMs - SEEK_LEAD_MS))
                .reduce((first, second) -> second).orElse(0L);
        return lastPictureMs >= seekLandsAt;
    }

    /** Decodes on to the picture shown at {@code timeMs}, the same one a seek there gives. */
    private Frame decodeOnTo(long timeMs) throws FrameGrabber.Exception {
        long wantedUs = timeMs * 1000 + 999 + VideoClock.startUs(grabber);
        Frame frame;
        while ((frame = grabber.grabImage()) != null) {
            if (frame.timestamp + frameDurationUs() > wantedUs) {
                return frame;
            }
        }
        return null;
    }

    /**
     * A container without an index (MPEG-TS) is seeked by bisecting on timestamps, and near the end of a file that
     * can land past the last keyframe, where the decoder gives nothing until the end (JavaCV then gives up at once;
     * the last of a TS upload's ten preview frames went missing that way). Seeking 1, 2, then 4 s earlier and
     * decoding forward reaches the picture. With an index a seek always lands on a keyframe before the time, so
     * there an empty result means the file has no picture there, and nothing is tried again.
     */
    private Frame pictureFromFurtherBack(long timeMs) throws FrameGrabber.Exception {
        long wantedUs = timeMs * 1000 + VideoClock.startUs(grabber);
        for (long backMs = 1000; backMs <= MAX_STEP_BACK_MS && backMs <= timeMs; backMs *= 2) {
            grabber.setVideoTimestamp((timeMs - backMs) * 1000);
            Frame frame;
            while ((frame = grabber.grabImage()) != null) {
                if (frame.timestamp + frameDurationUs() > wantedUs) {
                    return frame;
                }
            }
        }
        return null;
    }

    private long durationMs() {
        return Math.max(0, grabber.getLengthInTime() / 1000);
    }

    private long frameDurationUs() {
        double fps = grabber.getFrameRate();
        return fps > 0 ? (long) (1_000_000 / fps) : 0;
    }

    @Override
    public void close() {
        converter.close();
        closeQuietly(grabber);
    }

    private static void closeQuietly(FFmpegFrameGrabber grabber) {
        try {
            grabber.close();
        } catch (FrameGrabber.Exception e) {
            // nothing left to do with a grabber that cannot even close
        }
    }
}
