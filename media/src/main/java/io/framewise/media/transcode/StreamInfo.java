package io.framewise.media.transcode;

/**
 * What a made file holds, as FFmpeg reads it back. Video fields are null/0 for an audio-only file and audio fields
 * for a silent one. {@code videoCodecs}/{@code audioCodecs} are the RFC 6381 names an HLS master playlist's
 * {@code CODECS} attribute wants ({@code avc1.4d401f}, {@code mp4a.40.2}).
 */
public record StreamInfo(String format, long durationMs, long bitrate, String videoCodec, int width, int height,
                         String videoCodecs, String audioCodec, long audioBitrate, String audioCodecs) {

    public boolean hasVideo() {
        return videoCodec != null;
    }

    public boolean hasAudio() {
        return audioCodec != null;
    }

    /** The CODECS attribute: video, then audio if any. */
    public String codecs() {
        if (videoCodecs == null) {
            return audioCodecs;
        }
        return audioCodecs == null ? videoCodecs : videoCodecs + "," + audioCodecs;
    }
}
