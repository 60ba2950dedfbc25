package io.framewise.media.scene;

import io.framewise.media.MediaInput;
import io.framewise.media.frames.VideoClock;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avutil.AVRational;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FrameGrabber;

/**
 * How many bytes each picture of a video takes, read from its packets without decoding anything. An encoder codes
 * a picture from the one before where it can, in a few bytes for a still or a steady scene; the first picture of a
 * new shot it must code nearly whole, as large as a keyframe. So a burst among the pictures between two keyframes
 * shows a cut there even when both keyframes show the same picture (a short shot cut into a longer one), which
 * comparing the keyframes cannot see.
 */
final class PacketSizes {

    /** A burst is this many times the median picture between the two keyframes... */
    private static final int TIMES_MEDIAN = 4;
    /** ...and at least this share of the keyframe before it. */
    private static final double SHARE_OF_KEYFRAME = 0.25;

    private record Packet(long timeMs, int bytes, boolean key) {
    }

    private final List<Packet> packets;

    private PacketSizes(List<Packet> packets) {
        this.packets = packets;
    }

    /** Reads the video stream's packets (demuxing only: a fraction of a decode's cost). */
    static PacketSizes of(Path file) throws FrameGrabber.Exception {
        List<Packet> packets = new ArrayList<>();
        try (FFmpegFrameGrabber grabber = MediaInput.restrict(new FFmpegFrameGrabber(file.toFile()))) {
            grabber.start();
            int stream = grabber.getVideoStream();
            AVRational timeBase = grabber.getFormatContext().streams(stream).time_base();
            long startMs = VideoClock.startUs(grabber) / 1000;
            AVPacket packet;
            while ((packet = grabber.grabPacket()) != null) {
                if (packet.stream_index() == stream && packet.pts() != avutil.AV_NOPTS_VALUE) {
                    long timeMs = packet.pts() * 1000 * timeBase.num() / timeBase.den() - startMs;
                    packets.add(new Packet(timeMs, packet.size(), (packet.flags() & avcodec.AV_PKT_FLAG_KEY) != 0));
                }
                avcodec.av_packet_unref(packet);
            }
            grabber.stop();
        }
        return new PacketSizes(packets);
    }

    /** Whether a picture after the keyframe at {@code keyframeMs} and before {@code nextKeyframeMs} is a burst. */
    boolean burstBetween(long keyframeMs, long nextKeyframeMs) {
        int[] sizes = between(keyframeMs, nextKeyframeMs).stream().mapToInt(Integer::intValue).sorted().toArray();
        if (sizes.length < 3) {
            return false;
        }
        int median = sizes[sizes.length / 2];
        int largest = sizes[sizes.length - 1];
        return largest >= TIMES_MEDIAN * median && largest >= SHARE_OF_KEYFRAME * keyframeBytes(keyframeMs);
    }

    /**
     * Whether the pictures between two keyframes take, all together, no more bytes than a burst would alone: they
     * repeat the first keyframe, give or take, so whatever differs at the second keyframe changed there.
     */
    boolean quietBetween(long keyframeMs, long nextKeyframeMs) {
        int keyframeBytes = keyframeBytes(keyframeMs);
        return keyframeBytes > 0 && between(keyframeMs, nextKeyframeMs).stream().mapToLong(Integer::longValue).sum()
                < SHARE_OF_KEYFRAME * keyframeBytes;
    }

    // Packet and picture times are both rounded down to the millisecond, from different clocks' units.
    private int keyframeBytes(long keyframeMs) {
        return packets.stream().filter(p -> p.key() && Math.abs(p.timeMs() - keyframeMs) <= 1)
                .mapToInt(Packet::bytes).findFirst().orElse(0);
    }

    private List<Integer> between(long keyframeMs, long nextKeyframeMs) {
        return packets.stream()
                .filter(p -> !p.key() && p.timeMs() > keyframeMs + 1 && p.timeMs() < nextKeyframeMs - 1)
                .map(Packet::bytes).toList();
    }
}
