package io.framewise.kit.work;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/** {@code framewise.warm-up.*}: what a service runs while it starts ({@link StartupWarmUp}). */
@ConfigMapping(prefix = "framewise.warm-up")
public interface WarmUpConfig {

    /**
     * A class with a public no-argument constructor implementing {@code Supplier<Duration>} (it runs the job and
     * says how long it took; its {@code toString()} names it in the log), e.g. {@code io.framewise.media.MediaWarmUp}.
     * None: nothing is warmed up.
     */
    Optional<String> job();
}
