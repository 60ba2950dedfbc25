package io.framewise.media.probe;

import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avutil.AVRational;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FrameGrabber;

/**
 * Some containers carry no duration in their header (WebM from a browser's MediaRecorder, raw streams); their
 * length is the end of the last video packet, found by reading the packets without decoding them.
 */
final class StreamDuration {

    private StreamDuration() {
    }

    /** Milliseconds up to the end of the last video packet; the grabber is left at the end of the file. */
    static long byReadingPackets(FFmpegFrameGrabber grabber) throws FrameGrabber.Exception {
        int videoStream = grabber.getVideoStream();
        AVRational timeBase = grabber.getFormatContext().streams(videoStream).time_base();
        long lastEnd = avutil.AV_NOPTS_VALUE;
        AVPacket packet;
        while ((packet = grabber.grabPacket()) != null) {
            if (packet.stream_index() == videoStream) {
                long pts = packet.pts() != avutil.AV_NOPTS_VALUE ? packet.pts() : packet.dts();
                if (pts != avutil.AV_NOPTS_VALUE) {
                    lastEnd = Math.max(lastEnd, pts + Math.max(0, packet.duration()));
                }
            }
            avcodec.av_packet_unref(packet);
        }
        if (lastEnd == avutil.AV_NOPTS_VALUE) {
            return 0;
        }
        return lastEnd * 1000L * timeBase.num() / timeBase.den();
    }
}
