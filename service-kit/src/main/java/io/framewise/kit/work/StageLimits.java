package io.framewise.kit.work;

import io.framewise.events.Stage;
import java.time.Duration;
import java.util.Map;

/**
 * How long a stage's job may take at most, by the clock: a base, plus a share per minute of the video for stages
 * whose work grows with its length (decoding all of it). Generous, about ten times what the 2-core build machine
 * needs, so only a job that is stuck or fed a pathological file reaches it. {@code framewise.work.time-limit} and
 * {@code .time-limit-per-media-minute} replace the two figures for a service.
 */
public final class StageLimits {

    /** A stage's limit: {@code base + perMediaMinute × minutes of video}. */
    public record Limit(Duration base, Duration perMediaMinute) {

        public Duration forLength(Duration media) {
            return base.plus(perMediaMinute.multipliedBy(Math.max(0, media.toMillis())).dividedBy(60_000));
        }
    }

    private static final Map<Stage, Limit> DEFAULTS = Map.of(
            // download (up to 2 GB) and probe (two decodes): nothing grows with the length
            Stage.SESSION, new Limit(Duration.ofMinutes(5), Duration.ZERO),
            // ten pictures by seeking
            Stage.PREVIEW, new Limit(Duration.ofMinutes(3), Duration.ofSeconds(10)),
            // one decoding pass over the whole video
            Stage.CAPTURES, new Limit(Duration.ofMinutes(5), Duration.ofMinutes(1)),
            // one capture
            Stage.LABELS, new Limit(Duration.ofMinutes(2), Duration.ZERO),
            Stage.STORYBOARD, new Limit(Duration.ofMinutes(5), Duration.ofMinutes(2)),
            // one decode into every rendition, then the HLS cut
            Stage.TRANSCODE, new Limit(Duration.ofMinutes(10), Duration.ofMinutes(4)),
            Stage.TRANSCRIBE, new Limit(Duration.ofMinutes(5), Duration.ofMinutes(3)));

    private final WorkConfig config;

    public StageLimits(WorkConfig config) {
        this.config = config;
    }

    /** The limit of a job of the stage on a video of that length (the longest accepted when unknown). */
    public Duration of(Stage stage, java.util.Optional<Duration> mediaLength) {
        Limit defaults = DEFAULTS.getOrDefault(stage, new Limit(Duration.ofMinutes(10), Duration.ofMinutes(2)));
        Limit limit = new Limit(config.timeLimit().orElse(defaults.base()),
                config.timeLimitPerMediaMinute().orElse(defaults.perMediaMinute()));
        return limit.forLength(mediaLength.orElse(config.maxMediaLength()));
    }
}
