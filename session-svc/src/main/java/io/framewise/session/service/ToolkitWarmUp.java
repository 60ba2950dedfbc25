package io.framewise.session.service;

import io.framewise.media.MediaWarmUp;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/** Runs media's warm-up job while the service starts, so that its first video does not pay for loading FFmpeg. */
@ApplicationScoped
class ToolkitWarmUp {

    private static final Logger LOG = Logger.getLogger(ToolkitWarmUp.class);

    void onStart(@Observes StartupEvent started) {
        LOG.infof("FFmpeg toolkit warmed up in %d ms", MediaWarmUp.run().toMillis());
    }
}
