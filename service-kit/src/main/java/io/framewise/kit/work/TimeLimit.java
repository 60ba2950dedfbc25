package io.framewise.kit.work;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A watchdog over one job running on the caller's thread (so its Vert.x and trace context stay where they are): at
 * the limit the thread is interrupted (FFmpeg processes are stopped, waits end, loops that look stop), and if the job
 * still has not stopped a grace period later, {@code onStuck} reports it, so the video is never left waiting on a
 * job that hangs in native code.
 */
final class TimeLimit {

    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "framewise-stage-watchdog");
        thread.setDaemon(true);
        return thread;
    });

    private TimeLimit() {
    }

    /** Watches the current thread from now on; close the watch when the job is over, however it ends. */
    static Watch start(Duration limit, Duration grace, Runnable onStuck) {
        return new Watch(Thread.currentThread(), limit, grace, onStuck);
    }

    /** One job's watch. */
    static final class Watch implements AutoCloseable {
        private final Thread worker;
        private final ScheduledFuture<?> interrupt;
        private final ScheduledFuture<?> stuck;
        private boolean expired;
        private boolean done;

        private Watch(Thread worker, Duration limit, Duration grace, Runnable onStuck) {
            this.worker = worker;
            this.interrupt = WATCHDOG.schedule(this::expire, limit.toMillis(), TimeUnit.MILLISECONDS);
            this.stuck = WATCHDOG.schedule(() -> {
                if (!isDone()) {
                    onStuck.run();
                }
            }, limit.plus(grace).toMillis(), TimeUnit.MILLISECONDS);
        }

        private synchronized void expire() {
            if (!done) {
                expired = true;
                worker.interrupt();
            }
        }

        private synchronized boolean isDone() {
            return done;
        }

        /** True once the limit has passed while the job ran. */
        synchronized boolean expired() {
            return expired;
        }

        /** On the job's thread: stops watching, and clears the interrupt the limit caused. */
        @Override
        public void close() {
            boolean wasExpired;
            synchronized (this) {
                done = true;
                wasExpired = expired;
            }
            interrupt.cancel(false);
            stuck.cancel(false);
            if (wasExpired) {
                Thread.interrupted();
            }
        }
    }
}
