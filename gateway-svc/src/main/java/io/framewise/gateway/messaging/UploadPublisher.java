package io.framewise.gateway.messaging;

import io.framewise.events.VideoUploaded;
import io.framewise.kit.messaging.KeyedMessages;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Channel;

/** Announces stored uploads; returns only once Kafka has the record, so a 202 means it will be processed. */
@ApplicationScoped
public class UploadPublisher {

    private final MutinyEmitter<VideoUploaded> emitter;

    public UploadPublisher(@Channel("video-uploaded") MutinyEmitter<VideoUploaded> emitter) {
        this.emitter = emitter;
    }

    public void publish(VideoUploaded event) {
        emitter.sendMessageAndAwait(KeyedMessages.of(event));
    }
}
