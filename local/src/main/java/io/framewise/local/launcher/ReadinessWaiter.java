package io.framewise.local.launcher;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Polls every service's readiness until all are ready, reporting each as it comes up. */
final class ReadinessWaiter {

    private final List<ServiceProcess> services;
    private final Consumer<String> progress;

    ReadinessWaiter(List<ServiceProcess> services, Consumer<String> progress) {
        this.services = services;
        this.progress = progress;
    }

    void awaitAll(Duration timeout) {
        long started = System.nanoTime();
        long deadline = started + timeout.toNanos();
        List<ServiceProcess> waiting = new ArrayList<>(services);
        while (!waiting.isEmpty()) {
            for (var iterator = waiting.iterator(); iterator.hasNext(); ) {
                ServiceProcess service = iterator.next();
                if (!service.isAlive()) {
                    throw new IllegalStateException(service.name() + " exited during start-up; last lines of "
                            + service.log() + ":\n  " + String.join("\n  ", service.logTail(25)));
                }
                if (service.isReady()) {
                    progress.accept(String.format("%s ready on http://localhost:%d (%.1f s)", service.name(),
                            service.port(), (System.nanoTime() - started) / 1e9));
                    iterator.remove();
                }
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("not ready after " + timeout.toSeconds() + " s: "
                        + waiting.stream().map(s -> s.name() + " (log: " + s.log() + ")").toList());
            }
            sleep();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the services", e);
        }
    }
}
