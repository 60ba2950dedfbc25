package io.framewise.gateway.upload.messaging;

import io.framewise.events.StageFailed;
import io.framewise.events.VideoUploaded;
import io.framewise.kit.messaging.KeyedMessages;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Channel;

/**
 * Announces stored uploads, and imports that failed before anything was stored (as the session stage's
 * failure, so status-svc, SSE clients and webhooks learn of it like of any other failure). Returns only once
 * Kafka has the record.
 */
@ApplicationScoped
public class UploadPublisher {

    private final MutinyEmitter<VideoUploaded> uploaded;
    private final MutinyEmitter<StageFailed> failed;

    public UploadPublisher(@Channel("video-uploaded") MutinyEmitter<VideoUploaded> uploaded,
                           @Channel("stage-failed") MutinyEmitter<StageFailed> failed) {
        this.uploaded = uploaded;
        this.failed = failed;
    }

    public void publish(VideoUploaded event) {
        uploaded.sendMessageAndAwait(KeyedMessages.of(event));
    }

    public void publish(StageFailed event) {
        failed.sendMessageAndAwait(KeyedMessages.of(event));
    }
}
