package io.framewise.media.transcode;

import java.util.Optional;

/**
 * How the encodes are made.
 *
 * @param videoEncoder       FFmpeg's encoder name: {@code libopenh264} is the H.264 encoder JavaCV's FFmpeg ships
 *                           (it has no libx264)
 * @param h264Profile        {@code constrained_baseline}, {@code main} or {@code high}
 * @param preset             the encoder's speed preset, for encoders that have one (libx264, the NVENC ones);
 *                           OpenH264 has none, so it is empty by default
 * @param audioBitrate       AAC in the MP4s and the MP3, bits per second
 * @param keyframeSeconds    a keyframe at least this often, exactly on each multiple: HLS segments can be cut only
 *                           at keyframes, so this is the HLS segment length
 */
public record TranscodeSettings(String videoEncoder, String h264Profile, Optional<String> preset, long audioBitrate,
                                int keyframeSeconds) {

    public TranscodeSettings {
        if (keyframeSeconds < 1) {
            throw new IllegalArgumentException("keyframe interval must be at least 1 s, was " + keyframeSeconds);
        }
        preset = preset.filter(p -> !p.isBlank());
    }

    public static TranscodeSettings defaults() {
        return new TranscodeSettings("libopenh264", "main", Optional.empty(), 128_000, 4);
    }
}
