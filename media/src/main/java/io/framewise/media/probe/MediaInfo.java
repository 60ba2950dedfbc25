package io.framewise.media.probe;

/**
 * What a probe found in a video file. {@code audioCodec} is null for a silent video; {@code format} is
 * FFmpeg's demuxer name (e.g. {@code mov,mp4,m4a,3gp,3g2,mj2}).
 */
public record MediaInfo(long durationMs, int width, int height, double fps, String videoCodec, String audioCodec,
                        long bytes, String format) {

    public boolean hasAudio() {
        return audioCodec != null;
    }
}
