package io.framewise.session.messaging;

import io.framewise.events.VideoUploaded;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

@ApplicationScoped
public class UploadListener {

    private static final Logger LOG = Logger.getLogger(UploadListener.class);

    @Incoming("video-uploaded")
    @Blocking
    public void onUpload(VideoUploaded event) {
        LOG.infof("video %s uploaded", event.videoId());
    }
}
