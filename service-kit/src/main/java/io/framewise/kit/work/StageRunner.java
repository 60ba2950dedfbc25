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
 * with a reason for people and whether a later retry could help. Nothing is dropped silently. Each job is
 * observed ({@link StageObserver}): in flight while it runs, then its duration or its failure's reason code.
 */
@ApplicationScoped
public class StageRunner {

    private static final Logger LOG = Logger.getLogger(StageRunner.class);

    private final WorkConfig config;
    private final StageObserver observer;

    public StageRunner(WorkConfig config, StageObserver observer) {
        this.config = config;
        this.observer = observer;
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
        try (StageObservation observation = observer.start(videoId, stage)) {
            attempts(videoId, stage, doing, job, report).ifPresentOrElse(observation::failed, observation::succeeded);
        }
    }

    /** Runs the job until it succeeds (empty) or is given up and reported (the reason). */
    private Optional<FailureReason> attempts(String videoId, Stage stage, String doing, Job job, FailureReport report) {
        Duration pause = config.backoff();
        for (int attempt = 1; ; attempt++) {
            long started = System.nanoTime();
            try (Scratch scratch = Scratch.create(workDirectory(), videoId)) {
                job.run(scratch);
                LOG.infof("video %s: %s took %d ms", videoId, doing, (System.nanoTime() - started) / 1_000_000);
                return Optional.empty();
            } catch (StageFailure failure) {
                LOG.infof("video %s: %s stage refused it: %s", videoId, stage.wireName(), failure.getMessage());
                report.failed(failure.getMessage(), false);
                return Optional.of(failure.code());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                report.failed(doing + " was interrupted (the service is shutting down)", true);
                return Optional.of(FailureReason.INTERRUPTED);
            } catch (Exception e) {
                if (attempt >= config.attempts()) {
                    LOG.errorf(e, "video %s: %s failed after %d attempts", videoId, doing, attempt);
                    report.failed(doing + " failed after " + attempt + " attempts: " + describe(e), true);
                    return Optional.of(FailureReason.of(e));
                }
                LOG.warnf("video %s: %s failed (attempt %d of %d), trying again in %d ms: %s", videoId, doing,
                        attempt, config.attempts(), pause.toMillis(), describe(e));
                if (!sleep(pause)) {
                    report.failed(doing + " was interrupted (the service is shutting down)", true);
                    return Optional.of(FailureReason.INTERRUPTED);
                }
                pause = pause.multipliedBy(2);
            }
        }
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
