package io.framewise.transcode.service;

import io.framewise.media.transcode.Progress;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * Shows how far long transcodes are: a log line every 10 % (and at the end) with FFmpeg's speed, and the gauge
 * {@code framewise_transcode_progress} (0..1, the mean of the jobs running now; 0 when idle).
 */
@ApplicationScoped
@Startup // the gauge is there from the start, reading 0, not only after the first job
public class TranscodeProgress {

    private static final Logger LOG = Logger.getLogger(TranscodeProgress.class);

    private final Map<String, Double> running = new ConcurrentHashMap<>();

    public TranscodeProgress(MeterRegistry registry) {
        Gauge.builder("framewise.transcode.progress", running,
                        jobs -> jobs.values().stream().mapToDouble(Double::doubleValue).average().orElse(0))
                .description("How far the transcodes running now are, 0..1 (the mean when several run)")
                .register(registry);
    }

    /** A listener for one job's decode pass; {@link #finished(String)} ends it. */
    public Consumer<Progress> listener(String videoId, long durationMs) {
        running.put(videoId, 0.0);
        int[] lastLogged = {-1};
        return progress -> {
            running.put(videoId, progress.fraction());
            int step = progress.percent() / 10;
            if (step > lastLogged[0]) {
                lastLogged[0] = step;
                LOG.infof("video %s: transcoding %d%% (%s of %s, %.1fx real time)", videoId, progress.percent(),
                        seconds(progress.outTimeMs()), seconds(durationMs), progress.speed());
            }
        };
    }

    public void finished(String videoId) {
        running.remove(videoId);
    }

    private static String seconds(long ms) {
        return String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
    }
}
