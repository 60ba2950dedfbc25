package io.framewise.transcode.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** How renditions, audio, HLS and the storyboard are made ({@code framewise.transcode.*}). */
@ConfigMapping(prefix = "framewise.transcode")
public interface TranscodeConfig {

    /** The ladder: each rung's short side in pixels (720 = 720p). Rungs larger than the source are skipped. */
    @WithDefault("720,360")
    List<Integer> rungs();

    /** Video bitrate of each rung, bits per second, in the order of {@link #rungs()}. */
    @WithDefault("2500000,800000")
    List<Long> videoBitrates();

    /** AAC in the MP4s and the MP3 of the sound, bits per second. */
    @WithDefault("128000")
    long audioBitrate();

    /** FFmpeg's H.264 encoder: JavaCV's FFmpeg has libopenh264 (no libx264). */
    @WithDefault("libopenh264")
    String videoEncoder();

    /** H.264 profile: constrained_baseline, main or high. */
    @WithDefault("main")
    String h264Profile();

    /** The encoder's speed preset, for encoders that have one (libx264, NVENC); OpenH264 has none. */
    Optional<String> encoderPreset();

    /** A transcode that runs longer than this is stopped and the stage failed. */
    @WithDefault("PT2H")
    Duration timeout();

    Hls hls();

    Storyboard storyboard();

    interface Hls {
        /** Also cut each rendition into HLS segments and write a master playlist. */
        @WithDefault("true")
        boolean enabled();

        /** Segment length; the encoder puts a keyframe exactly on each multiple of it. */
        @WithDefault("4")
        int segmentSeconds();
    }

    interface Storyboard {
        /** A thumbnail this often; grown (in whole seconds) for long videos to stay within {@link #maxTiles()}. */
        @WithDefault("PT2S")
        Duration interval();

        /** Thumbnail width in pixels (even); the height follows the aspect ratio. */
        @WithDefault("160")
        int tileWidth();

        /** At most this many thumbnails in the sprite. */
        @WithDefault("100")
        int maxTiles();

        /** Thumbnails per row of the sprite. */
        @WithDefault("10")
        int columns();

        /** The sprite's JPEG quality, 1..100. */
        @WithDefault("80")
        int jpegQuality();
    }
}
