package io.framewise.transcribe.service;

import io.framewise.media.audio.PcmStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * Passes the PCM through to the recogniser and logs, at most once per interval, how much of the audio has been
 * processed: a four-hour recording takes hours, and the log shows it is moving.
 */
final class ProgressLog extends FilterInputStream {

    private static final Logger LOG = Logger.getLogger(ProgressLog.class);

    private final PcmStream pcm;
    private final String videoId;
    private final long intervalNanos;
    private final long startNanos = System.nanoTime();
    private long nextReport;

    ProgressLog(PcmStream pcm, String videoId, Duration interval) {
        super(pcm);
        this.pcm = pcm;
        this.videoId = videoId;
        this.intervalNanos = interval.toNanos();
        this.nextReport = startNanos + intervalNanos;
    }

    @Override
    public int read(byte[] target, int offset, int length) throws IOException {
        int n = super.read(target, offset, length);
        long now = System.nanoTime();
        if (now >= nextReport) {
            nextReport = now + intervalNanos;
            long at = pcm.positionMs();
            long total = pcm.durationMs();
            double elapsedSeconds = (now - startNanos) / 1e9;
            LOG.infof("video %s: transcribed %s of %s of audio (%s) in %.0f s", videoId, minutes(at),
                    total > 0 ? minutes(total) : "?", total > 0 ? percent(at, total) : "?%", elapsedSeconds);
        }
        return n;
    }

    private static String percent(long at, long total) {
        return Math.min(100, at * 100 / total) + "%";
    }

    private static String minutes(long ms) {
        return String.format("%d:%02d", ms / 60_000, ms / 1000 % 60);
    }
}
