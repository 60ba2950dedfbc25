package io.framewise.kit.work;

import java.io.InterruptedIOException;
import java.util.Locale;
import org.apache.kafka.common.KafkaException;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Why a stage gave a video up, as a short stable code for metrics ({@code framewise_stage_failures_total{reason}}).
 * The words for people stay in {@code stage.failed}; this is what a dashboard can group by.
 */
public enum FailureReason {
    /** The file (or a capture) is not media the stage can read. */
    UNUSABLE_MEDIA,
    /** Readable, but outside what the service accepts (too large, too long). */
    REFUSED,
    /** The object store did not answer, or answered with an error, until the last attempt. */
    STORAGE,
    /** The broker did not take the stage's outcome until the last attempt. */
    BROKER,
    /** The job outlasted its wall-clock limit ({@code StageLimits}). */
    TIMED_OUT,
    /** The service was shutting down. */
    INTERRUPTED,
    /** Anything else. */
    OTHER;

    /** The tag value: {@code unusable_media}, {@code storage}, … */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The reason an unexpected error stands for, from the first cause in its chain that names one. */
    public static FailureReason of(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SdkException) {
                return STORAGE;
            }
            if (cause instanceof KafkaException) {
                return BROKER;
            }
            if (cause instanceof InterruptedException || cause instanceof InterruptedIOException) {
                return INTERRUPTED;
            }
        }
        return OTHER;
    }
}
