package io.framewise.media.frames;

import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;

/**
 * Where a video stream's clock starts. Decoded frames and index entries carry the stream's own timestamps, which
 * in MPEG-TS start at about 1.4 s (and in an MP4 with B-frames a little after 0), while every time the toolkit
 * hands around counts from the first picture, as JavaCV's seeks do: subtract this from the former.
 */
public final class VideoClock {

    private VideoClock() {
    }

    /** The video stream's start in microseconds, else the container's, else 0. */
    public static long startUs(FFmpegFrameGrabber grabber) {
        AVFormatContext context = grabber.getFormatContext();
        if (context == null) {
            return 0;
        }
        int index = grabber.getVideoStream();
        if (index >= 0 && index < context.nb_streams()) {
            AVStream stream = context.streams(index);
            if (stream.start_time() != avutil.AV_NOPTS_VALUE) {
                return stream.start_time() * 1_000_000L * stream.time_base().num() / stream.time_base().den();
            }
        }
        return context.start_time() != avutil.AV_NOPTS_VALUE ? context.start_time() : 0;
    }
}
