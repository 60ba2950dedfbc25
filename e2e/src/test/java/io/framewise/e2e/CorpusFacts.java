package io.framewise.e2e;

import io.framewise.media.probe.MediaInfo;
import io.framewise.media.probe.MediaProbe;
import java.nio.file.Path;
import java.util.Locale;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.javacv.FFmpegFrameGrabber;

/**
 * What a corpus file is, as the pipeline's own probe reads it, plus what it does not report: the GOP and the frame
 * count from the video packets' key flags (every container has them, unlike a keyframe index), and the rotation.
 */
record CorpusFacts(MediaInfo info, int videoPackets, int keyframes, double rotation) {

    static CorpusFacts of(Path file) throws Exception {
        MediaInfo info = new MediaProbe().probe(file);
        int packets = 0;
        int keyframes = 0;
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(file.toFile())) {
            grabber.start();
            double rotation = grabber.getDisplayRotation();
            for (AVPacket packet = grabber.grabPacket(); packet != null; packet = grabber.grabPacket()) {
                if (packet.stream_index() == grabber.getVideoStream()) {
                    packets++;
                    keyframes += (packet.flags() & avcodec.AV_PKT_FLAG_KEY) != 0 ? 1 : 0;
                }
                avcodec.av_packet_unref(packet);
            }
            return new CorpusFacts(info, packets, keyframes, rotation);
        }
    }

    /** Frames per keyframe, on average: a long GOP makes a seek decode many frames before the one wanted. */
    double gop() {
        return keyframes == 0 ? 0 : (double) videoPackets / keyframes;
    }

    long bitsPerSecond() {
        return info.bytes() * 8_000 / Math.max(1, info.durationMs());
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s/%s %dx%d%s, %.2f fps (%d frames / %.1f s = %.2f avg), GOP %.0f "
                        + "(%d keyframes), %.1f Mbit/s, %s, %.1f MB", info.videoCodec(), info.audioCodec(), info.width(),
                info.height(), rotation == 0 ? "" : String.format(Locale.ROOT, " rotated %.0f°", rotation), info.fps(),
                videoPackets, info.durationMs() / 1000.0, videoPackets * 1000.0 / Math.max(1, info.durationMs()), gop(),
                keyframes, bitsPerSecond() / 1e6, info.format(), info.bytes() / 1e6);
    }
}
