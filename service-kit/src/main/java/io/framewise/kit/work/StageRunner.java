package io.framewise.kit.work;

import io.framewise.events.Stage;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Runs one stage's job for one video in a scratch directory that is always cleaned up. A job that fails for a
 * passing reason (storage or broker unreachable) is tried again with growing pauses; one that fails for good
 * ({@link StageFailure}), or still fails after the last attempt, is reported through the {@link FailureReport}
 * with a reason for people and whether a later retry could help. Nothing is dropped silently. Every job has a
 * wall-clock limit ({@link StageLimits}, growing with the video's length where the work does): past it the job is
 * interrupted and reported ({@code timed_out}), and one stuck in native code is reported a grace period later
 * anyway. Each job is observed ({@link StageObserver}): in flight while it runs, then its duration or its failure's
 * reason code.
 */
@ApplicationScoped
public class StageRunner {

    private static final Logger LOG = Logger.getLogger(StageRunner.class);

    private final WorkConfig config;
    private final StageObserver observer;
    private final MediaLengths lengths;
    private final StageLimits limits;

    public StageRunner(WorkConfig config, StageObserver observer, MediaLengths lengths) {
        this.config = config;
        this.observer = observer;
        this.lengths = lengths;
        this.limits = new StageLimits(config);
    }

    /** The work of one attempt, in its own scratch directory. */
    @FunctionalInterface
    public interface Job {
        void run(Scratch scratch) throws Exception;
    }

    /** Where a failed stage is reported (a {@code stage.failed} event). */
    @FunctionalInterface
    public interface FailureReport {
        void failed(String reason, boolean retriable);
    }

    /**
     * @param doing what the stage does, for messages: "making the preview" → "making the preview failed: …"
     */
    public void run(String videoId, Stage stage, String doing, Job job, FailureReport report) {
        Duration limit = limits.of(stage, lengths.of(videoId));
        FailureReport once = new ReportOnce(report);
        String timedOut = doing + " took longer than its limit of " + minutes(limit) + "; it was stopped";
        try (StageObservation observation = observer.start(videoId, stage);
             TimeLimit.Watch watch = TimeLimit.start(limit, config.stopGrace(), () -> {
                 LOG.errorf("video %s: %s outlasted its limit of %s and did not stop; reported failed", videoId,
                         doing, minutes(limit));
                 once.failed(timedOut, true);
             })) {
            Optional<FailureReason> outcome = attempts(videoId, stage, doing, job, once, watch);
            if (watch.expired()) {
                LOG.warnf("video %s: %s", videoId, timedOut);
                once.failed(timedOut, true);
                outcome = Optional.of(FailureReason.TIMED_OUT);
            }
            outcome.ifPresentOrElse(observation::failed, observation::succeeded);
        }
    }

    /** Runs the job until it succeeds (empty) or is given up and reported (the reason); never past its limit. */
    private Optional<FailureReason> attempts(String videoId, Stage stage, String doing, Job job, FailureReport report,
                                             TimeLimit.Watch watch) {
        Duration pause = config.backoff();
        for (int attempt = 1; ; attempt++) {
            long started = System.nanoTime();
            try (Scratch scratch = Scratch.create(workDirectory(), videoId)) {
                job.run(scratch);
                LOG.infof("video %s: %s took %d ms", videoId, doing, (System.nanoTime() - started) / 1_000_000);
                return Optional.empty();
            } catch (Exception e) {
                if (watch.expired()) {
                    return Optional.of(FailureReason.TIMED_OUT); // reported by run(), whatever the job threw
                }
                Optional<FailureReason> outcome = handled(videoId, stage, doing, e, attempt, report);
                if (outcome != null) {
                    return outcome;
                }
                if (!sleep(pause)) {
                    report.failed(doing + " was interrupted (the service is shutting down)", true);
                    return Optional.of(FailureReason.INTERRUPTED);
                }
                pause = pause.multipliedBy(2);
            }
        }
    }

    /** What a failed attempt means: the outcome when it ends the job (reported), null when it is worth another. */
    private Optional<FailureReason> handled(String videoId, Stage stage, String doing, Exception error, int attempt,
                                            FailureReport report) {
        if (error instanceof StageFailure failure) {
            LOG.infof("video %s: %s stage refused it: %s", videoId, stage.wireName(), failure.getMessage());
            report.failed(failure.getMessage(), false);
            return Optional.of(failure.code());
        }
        if (error instanceof InterruptedException) {
            Thread.currentThread().interrupt();
            report.failed(doing + " was interrupted (the service is shutting down)", true);
            return Optional.of(FailureReason.INTERRUPTED);
        }
        if (attempt >= config.attempts()) {
            LOG.errorf(error, "video %s: %s failed after %d attempts", videoId, doing, attempt);
            report.failed(doing + " failed after " + attempt + " attempts: " + describe(error), true);
            return Optional.of(FailureReason.of(error));
        }
        LOG.warnf("video %s: %s failed (attempt %d of %d), trying again: %s", videoId, doing, attempt,
                config.attempts(), describe(error));
        return null;
    }

    /** A report made at most once: the watchdog and the job's own end may both want to make it. */
    private static final class ReportOnce implements FailureReport {
        private final FailureReport report;
        private final java.util.concurrent.atomic.AtomicBoolean made = new java.util.concurrent.atomic.AtomicBoolean();

        ReportOnce(FailureReport report) {
            this.report = report;
        }

        @Override
        public void failed(String reason, boolean retriable) {
            if (made.compareAndSet(false, true)) {
                report.failed(reason, retriable);
            }
        }
    }

    private static String minutes(Duration limit) {
        return limit.toSeconds() >= 120 ? limit.toMinutes() + " min" : limit.toSeconds() + " s";
    }

    private Path workDirectory() {
        return config.directory().orElse(Path.of(System.getProperty("java.io.tmpdir")));
    }

    private static boolean sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The innermost cause's message: "Connection refused", not three layers of SDK wrapping. */
    static String describe(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
    }
}
