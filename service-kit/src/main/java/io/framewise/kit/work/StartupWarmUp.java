package io.framewise.kit.work;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Runs the service's warm-up job ({@code framewise.warm-up.job}) while it starts, so that its first video does not
 * pay for loading native libraries and classes. The job is named by class, not injected, because the toolkit it
 * warms (media) is no bean archive and service-kit does not depend on it.
 */
@ApplicationScoped
class StartupWarmUp {

    private static final Logger LOG = Logger.getLogger(StartupWarmUp.class);

    private final WarmUpConfig config;

    StartupWarmUp(WarmUpConfig config) {
        this.config = config;
    }

    void onStart(@Observes StartupEvent started) {
        config.job().ifPresent(name -> {
            Supplier<Duration> job = load(name);
            LOG.infof("%s warmed up in %d ms", job, job.get().toMillis());
        });
    }

    @SuppressWarnings("unchecked")
    private static Supplier<Duration> load(String name) {
        try {
            Class<?> type = Class.forName(name, true, Thread.currentThread().getContextClassLoader());
            if (!Supplier.class.isAssignableFrom(type)) {
                throw new IllegalStateException("framewise.warm-up.job " + name + " is no Supplier<Duration>");
            }
            return (Supplier<Duration>) type.getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("framewise.warm-up.job " + name + " cannot be made", e);
        }
    }
}
