package io.framewise.media;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.bytedeco.ffmpeg.avutil.LogCallback;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.Loader;

/**
 * Loads FFmpeg's native libraries once per JVM and routes FFmpeg's own log lines to
 * {@code java.util.logging} (category {@code io.framewise.media.ffmpeg}, level FINE = debug). Left alone,
 * FFmpeg writes straight to stderr; a damaged upload would fill the service log with lines such as
 * "moov atom not found", while the reason that matters already travels in {@link UnusableMediaException}.
 */
public final class FfmpegNatives {

    private static final Logger FFMPEG_LOG = Logger.getLogger("io.framewise.media.ffmpeg");
    private static volatile boolean loaded;
    @SuppressWarnings("unused") // held so the native side's callback is never collected
    private static LogCallback bridge;

    private FfmpegNatives() {
    }

    public static void load() {
        if (loaded) {
            return;
        }
        synchronized (FfmpegNatives.class) {
            if (!loaded) {
                Loader.load(avutil.class);
                avutil.av_log_set_level(avutil.AV_LOG_ERROR);
                bridge = new JulBridge().retainReference();
                avutil.setLogCallback(bridge);
                loaded = true;
            }
        }
    }

    private static final class JulBridge extends LogCallback {
        @Override
        public void call(int level, BytePointer message) {
            if (level <= avutil.av_log_get_level() && FFMPEG_LOG.isLoggable(Level.FINE)) {
                FFMPEG_LOG.fine(message.getString().stripTrailing());
            }
        }
    }
}
