package io.framewise.media.transcode;

import io.framewise.media.MediaInput;
import io.framewise.media.FfmpegNatives;
import java.nio.file.Path;
import java.util.Locale;
import org.bytedeco.ffmpeg.avcodec.AVCodecParameters;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FrameGrabber;

/**
 * Reads back what an encode made: container, duration, overall bitrate and the first video and audio stream.
 * Unlike {@link io.framewise.media.probe.MediaProbe}, which vets uploads and refuses audio-only files, this reads
 * any output (an MP3, a JPEG sprite, an MPEG-TS segment) and names its codecs the way HLS does.
 */
public final class MediaStreams {

    private MediaStreams() {
    }

    public static StreamInfo read(Path file) throws TranscodeException {
        FfmpegNatives.load();
        try (FFmpegFrameGrabber grabber = MediaInput.localFileOnly(new FFmpegFrameGrabber(file.toFile()))) {
            grabber.start();
            AVFormatContext context = grabber.getFormatContext();
            String videoCodec = null;
            String videoCodecs = null;
            String audioCodec = null;
            String audioCodecs = null;
            long audioBitrate = 0;
            int width = 0;
            int height = 0;
            for (int i = 0; i < context.nb_streams(); i++) {
                AVCodecParameters parameters = context.streams(i).codecpar();
                if (parameters.codec_type() == avutil.AVMEDIA_TYPE_VIDEO && videoCodec == null) {
                    videoCodec = avcodec.avcodec_get_name(parameters.codec_id()).getString();
                    videoCodecs = videoCodecs(parameters);
                    width = parameters.width();
                    height = parameters.height();
                } else if (parameters.codec_type() == avutil.AVMEDIA_TYPE_AUDIO && audioCodec == null) {
                    audioCodec = avcodec.avcodec_get_name(parameters.codec_id()).getString();
                    audioCodecs = audioCodecs(parameters);
                    audioBitrate = parameters.bit_rate();
                }
            }
            long durationMs = context.duration() > 0 ? context.duration() / 1000 : 0;
            return new StreamInfo(grabber.getFormat(), durationMs, Math.max(0, context.bit_rate()), videoCodec, width,
                    height, videoCodecs, audioCodec, audioBitrate, audioCodecs);
        } catch (FrameGrabber.Exception e) {
            throw new TranscodeException("cannot read " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    /** {@code avc1.PPCCLL}: profile, constraint flags and level from the avcC box or the first SPS. */
    static String videoCodecs(AVCodecParameters parameters) {
        if (parameters.codec_id() != avcodec.AV_CODEC_ID_H264) {
            return null;
        }
        byte[] extradata = new byte[Math.max(0, parameters.extradata_size())];
        BytePointer pointer = parameters.extradata();
        if (pointer != null && extradata.length > 0) {
            pointer.get(extradata);
        }
        return avc1(extradata);
    }

    /** From avcC ({@code 01 PP CC LL …}) or Annex B ({@code 00 00 01 67 PP CC LL …}); {@code avc1.42e01e} if neither. */
    static String avc1(byte[] extradata) {
        if (extradata.length >= 4 && extradata[0] == 1) {
            return hex(extradata[1], extradata[2], extradata[3]);
        }
        for (int i = 0; i + 6 < extradata.length; i++) {
            if (extradata[i] == 0 && extradata[i + 1] == 0 && extradata[i + 2] == 1 && (extradata[i + 3] & 0x1f) == 7) {
                return hex(extradata[i + 4], extradata[i + 5], extradata[i + 6]);
            }
        }
        return "avc1.42e01e";
    }

    private static String hex(byte profile, byte constraints, byte level) {
        return String.format(Locale.ROOT, "avc1.%02x%02x%02x", profile & 0xff, constraints & 0xff, level & 0xff);
    }

    /** {@code mp4a.40.<audio object type>}: AAC's profile + 1 (LC = 2), MP3 = 34. */
    static String audioCodecs(AVCodecParameters parameters) {
        if (parameters.codec_id() == avcodec.AV_CODEC_ID_AAC) {
            int profile = parameters.profile();
            return "mp4a.40." + (profile >= 0 ? profile + 1 : 2);
        }
        if (parameters.codec_id() == avcodec.AV_CODEC_ID_MP3) {
            return "mp4a.40.34";
        }
        return null;
    }
}
