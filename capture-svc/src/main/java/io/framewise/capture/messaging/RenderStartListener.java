package io.framewise.capture.messaging;

import io.framewise.events.RenderStart;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

@ApplicationScoped
public class RenderStartListener {

    private static final Logger LOG = Logger.getLogger(RenderStartListener.class);

    @Incoming("render-start")
    @Blocking
    public void onRenderStart(RenderStart event) {
        LOG.infof("%s for video %s", event.getClass().getSimpleName(), event.videoId());
    }
}
