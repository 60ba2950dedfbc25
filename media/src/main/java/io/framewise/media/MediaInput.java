package io.framewise.media;

import java.util.List;
import org.bytedeco.javacv.FFmpegFrameGrabber;

/**
 * What FFmpeg may do when it opens a user's file: read that local file and nothing else, with one of the container
 * formats videos come in. Without this an upload is a program for FFmpeg: an HLS playlist or a concat list that
 * names {@code http://169.254.169.254/…} or {@code /etc/passwd} makes it fetch them (server-side request forgery,
 * local file disclosure), and every one of FFmpeg's hundreds of demuxers is attack surface.
 */
public final class MediaInput {

    /** Only the local file itself: no http, tcp, data, concat, subfile, crypto, pipe… */
    public static final String PROTOCOLS = "file";

    /**
     * FFmpeg's demuxers for the containers videos come in (the names as FFmpeg gives them; a name matches a demuxer
     * that lists it), sound-only ones so such a file is refused with "audio only", and single pictures so one is
     * refused as a still image. Not hls, dash, concat, image2 (file sequences), sdp, rtsp and the like, which
     * open other files or addresses.
     */
    public static final String FORMATS = String.join(",", List.of(
            "mov", "mp4", "matroska", "webm", "avi", "flv", "mpegts", "mpeg", "ogg", "asf", "mxf", "ivf", "gif",
            "mp3", "wav", "flac", "aac",
            "png_pipe", "jpeg_pipe", "webp_pipe", "bmp_pipe"));

    private MediaInput() {
    }

    /** Restricts a grabber before it is started. */
    public static FFmpegFrameGrabber restrict(FFmpegFrameGrabber grabber) {
        grabber.setOption("protocol_whitelist", PROTOCOLS);
        grabber.setOption("format_whitelist", FORMATS);
        return grabber;
    }

    /**
     * Restricts a grabber that opens a file this service wrote itself (a rendition, a storyboard sprite): the local
     * file only, with any demuxer, since FFmpeg picks {@code image2} for a {@code .jpg} it made.
     */
    public static FFmpegFrameGrabber localFileOnly(FFmpegFrameGrabber grabber) {
        grabber.setOption("protocol_whitelist", PROTOCOLS);
        return grabber;
    }

    /** The same as options of the {@code ffmpeg} program, to put before an {@code -i} of a user's file. */
    public static List<String> cliOptions() {
        return List.of("-protocol_whitelist", PROTOCOLS, "-format_whitelist", FORMATS);
    }
}
