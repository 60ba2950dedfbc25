package io.framewise.media.probe;

import io.framewise.media.FfmpegNatives;
import io.framewise.media.MediaInput;
import io.framewise.media.UnusableMediaException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;

/**
 * Reads a file's container and streams, and decodes its first picture and one near its end. Opening alone is
 * not enough: a file whose header is intact but whose data is missing or cut short opens fine and fails only
 * when frames are decoded. The two decodes cost a few milliseconds.
 */
public final class MediaProbe {

    public MediaInfo probe(Path file) throws UnusableMediaException {
        FfmpegNatives.load();
        long bytes = sizeOf(file);
        if (bytes == 0) {
            throw new UnusableMediaException("the file is empty");
        }
        try (FFmpegFrameGrabber grabber = MediaInput.restrict(new FFmpegFrameGrabber(file.toFile()))) {
            grabber.setImageMode(FrameGrabber.ImageMode.RAW);
            start(grabber);
            String format = grabber.getFormat();
            if (!grabber.hasVideo()) {
                throw new UnusableMediaException(grabber.hasAudio()
                        ? "audio only: the file has sound (" + grabber.getAudioCodecName() + ") but no picture"
                        : "not a video: the file has no video stream");
            }
            if (isStillImage(format)) {
                throw new UnusableMediaException("a still image (" + grabber.getVideoCodecName()
                        + "), not a video");
            }
            Frame first = grabFirstPicture(grabber);
            if (first == null) {
                throw new UnusableMediaException("no picture could be decoded: the file looks truncated or damaged");
            }
            long durationMs = grabber.getLengthInTime() > 0
                    ? grabber.getLengthInTime() / 1000
                    : StreamDuration.byReadingPackets(grabber);
            if (durationMs <= 0) {
                throw new UnusableMediaException("the video has no duration: it holds a single picture or is damaged");
            }
            if (declaresItsLength(grabber.getFormat())
                    && !decodesNear(grabber, durationMs - Math.min(durationMs / 2, 1000))) {
                throw new UnusableMediaException("the file is truncated: its pictures stop before its declared length of "
                        + String.format(java.util.Locale.ROOT, "%.1f s", durationMs / 1000.0));
            }
            return new MediaInfo(durationMs, grabber.getImageWidth(), grabber.getImageHeight(),
                    round(grabber.getVideoFrameRate()), grabber.getVideoCodecName(),
                    grabber.hasAudio() ? grabber.getAudioCodecName() : null, bytes, format);
        } catch (FrameGrabber.Exception e) {
            throw new UnusableMediaException("the video could not be read: " + FfmpegErrors.describe(e), e);
        }
    }

    private static void start(FFmpegFrameGrabber grabber) throws UnusableMediaException {
        try {
            grabber.start();
        } catch (FrameGrabber.Exception e) {
            throw new UnusableMediaException("not a readable video: " + FfmpegErrors.describe(e), e);
        }
    }

    private static Frame grabFirstPicture(FFmpegFrameGrabber grabber) {
        try {
            return grabber.grabImage();
        } catch (FrameGrabber.Exception e) {
            return null;
        }
    }

    /** One seek near the end: a file cut short (an interrupted upload) has a header promising more than it holds. */
    private static boolean decodesNear(FFmpegFrameGrabber grabber, long timeMs) {
        try {
            grabber.setVideoTimestamp(timeMs * 1000);
            Frame frame = grabber.grabImage();
            return frame != null && grabber.getTimestamp() / 1000 >= timeMs - 1000;
        } catch (FrameGrabber.Exception e) {
            return false;
        }
    }

    /**
     * A transport stream (recorders, broadcast captures, HLS segments) has no header promising a length: its
     * duration is read from the packets themselves, so a cut-short one is merely shorter, never inconsistent. Its
     * clock also starts late (1.4 s), which a seek near the end does not survive; so only containers with a
     * declared length are checked.
     */
    private static boolean declaresItsLength(String format) {
        return format == null || !format.toLowerCase(Locale.ROOT).contains("mpegts");
    }

    /** Image demuxers (png_pipe, jpeg_pipe, image2, webp_pipe…) hold one picture, however it is named. */
    private static boolean isStillImage(String format) {
        String name = format == null ? "" : format.toLowerCase(Locale.ROOT);
        return name.endsWith("_pipe") || name.equals("image2");
    }

    private static double round(double fps) {
        return Double.isFinite(fps) && fps > 0 ? Math.round(fps * 1000.0) / 1000.0 : 0;
    }

    private static long sizeOf(Path file) throws UnusableMediaException {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UnusableMediaException("the file could not be read: " + e.getMessage(), e);
        }
    }
}
