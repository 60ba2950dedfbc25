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
 * and the decoding of the few frames up to it, not the decoding of everything before it.
 */
public final class FrameReader implements AutoCloseable {

    /** How far back {@link #pictureFromFurtherBack} goes at most. */
    private static final long MAX_STEP_BACK_MS = 4000;

    private final FFmpegFrameGrabber grabber;
    private final Java2DFrameConverter converter = new Java2DFrameConverter();
    private final FrameSize size;
    private final KeyframeIndex keyframes;

    private FrameReader(FFmpegFrameGrabber grabber, FrameSize size) {
        this.grabber = grabber;
        this.size = size;
        this.keyframes = KeyframeIndex.of(grabber);
    }

    /** Opens the video; its pictures will be scaled down to fit {@code box}. */
    public static FrameReader open(Path file, FrameSize box, Decoding decoding) throws UnusableMediaException {
        FfmpegNatives.load();
        FFmpegFrameGrabber grabber = MediaInput.restrict(new FFmpegFrameGrabber(file.toFile()));
        // Every seek flushes the decoder; frame threads would decode ahead only to be thrown away.
        grabber.setVideoOption("threads", "1");
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
            return new FrameReader(grabber, size);
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

    /** The picture shown at {@code timeMs}, or empty where the file has none (past its end, a damaged tail). */
    public Optional<VideoFrame> frameAt(long timeMs) throws UnusableMediaException {
        try {
            // Times are whole milliseconds, rounded down from the stream's microseconds: aim at the end of the
            // millisecond, or a seek to a keyframe at x.xxx333 s would land on the keyframe before it and decode
            // a whole group of pictures to get back here.
            grabber.setVideoTimestamp(timeMs * 1000 + 999);
            Frame frame = grabber.grabImage();
            if (frame == null && keyframes.isEmpty()) {
                frame = pictureFromFurtherBack(timeMs);
            }
            if (frame != null) {
                // The picture is BGR, 3 bytes a pixel. JavaCV derives the channel count from row stride / width, and
                // pads a row to 64 bytes: a picture under ~128 px wide (a very tall video) then looks like 4 or 96
                // channels, and the converter garbles it or throws (no colour space for 96 channels).
                frame.imageChannels = 3;
            }
            // The converter reuses its image between calls: copy what is handed out.
            return frame == null ? Optional.empty()
                    : Optional.of(new VideoFrame(timeMs, Images.copyOf(converter.convert(frame))));
        } catch (FrameGrabber.Exception e) {
            throw new UnusableMediaException("the video could not be decoded at " + timeMs + " ms: "
                    + e.getMessage(), e);
        }
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
