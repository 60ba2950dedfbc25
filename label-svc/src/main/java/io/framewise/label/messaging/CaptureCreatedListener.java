package io.framewise.label.messaging;

import io.framewise.events.CaptureCreated;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

@ApplicationScoped
public class CaptureCreatedListener {

    private static final Logger LOG = Logger.getLogger(CaptureCreatedListener.class);

    @Incoming("capture-created")
    @Blocking
    public void onCaptureCreated(CaptureCreated event) {
        LOG.infof("%s for video %s", event.getClass().getSimpleName(), event.videoId());
    }
}
