package io.framewise.media;

import io.framewise.events.ModelDigest;
import io.framewise.events.ModelRef;
import java.nio.file.Path;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacpp.Loader;

/**
 * Which FFmpeg made a stage's result, for the provenance every stage's event carries: FFmpeg's own version, the
 * JavaCV package it came in, and the SHA-256 of the libavcodec library as loaded. A service's output can change
 * with its codecs (a new libavcodec decodes or scales differently), so that library is the one fingerprinted;
 * hashed once per JVM (a few tens of milliseconds).
 */
public final class FfmpegIdentity {

    private static volatile ModelRef identity;

    private FfmpegIdentity() {
    }

    public static ModelRef current() {
        ModelRef known = identity;
        if (known == null) {
            synchronized (FfmpegIdentity.class) {
                if (identity == null) {
                    identity = read();
                }
                known = identity;
            }
        }
        return known;
    }

    private static ModelRef read() {
        FfmpegNatives.load();
        Path library = Path.of(Loader.load(avcodec.class));
        String javacpp = javacppVersion();
        String version = avutil.av_version_info().getString()
                + (javacpp == null ? "" : " (org.bytedeco:ffmpeg " + javacpp + ")");
        return new ModelRef("ffmpeg", version, ModelDigest.of(library));
    }

    /** The version in org.bytedeco:ffmpeg's jar manifest, or null when it cannot be read. */
    private static String javacppVersion() {
        try {
            return Loader.getVersion("org.bytedeco", "ffmpeg");
        } catch (java.io.IOException e) {
            return null;
        }
    }
}
