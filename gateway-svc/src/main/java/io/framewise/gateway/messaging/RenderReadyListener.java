package io.framewise.gateway.messaging;

import io.framewise.events.RenderReady;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

@ApplicationScoped
public class RenderReadyListener {

    private static final Logger LOG = Logger.getLogger(RenderReadyListener.class);

    @Incoming("render-ready")
    @Blocking
    public void onRenderReady(RenderReady event) {
        LOG.infof("%s for video %s", event.getClass().getSimpleName(), event.videoId());
    }
}
