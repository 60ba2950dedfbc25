package io.framewise.gateway.service;

import io.framewise.events.ObjectRef;
import io.framewise.events.StorageKeys;
import io.framewise.events.UploadSource;
import io.framewise.events.VideoUploaded;
import io.framewise.gateway.messaging.UploadPublisher;
import io.framewise.kit.storage.ObjectStore;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;
import org.jboss.logging.Logger;

/** Stores an accepted upload in the source bucket and announces it on video.uploaded. */
@ApplicationScoped
public class UploadService {

    private static final Logger LOG = Logger.getLogger(UploadService.class);

    private final ObjectStore store;
    private final UploadPublisher publisher;

    public UploadService(ObjectStore store, UploadPublisher publisher) {
        this.store = store;
        this.publisher = publisher;
    }

    /** Returns the new video's id once the object is stored and the event is acknowledged by Kafka. */
    public String ingest(SpooledUpload upload, String clientFilename, UploadSource source) {
        if (upload.bytes() == 0) {
            throw new UploadRejectedException.Empty();
        }
        try {
            VideoSniffer.Sniffed type = VideoSniffer.sniff(upload.file());
            String videoId = UUID.randomUUID().toString();
            ObjectRef object = new ObjectRef(store.sourceBucket(), StorageKeys.sourceVideo(videoId, type.extension()));
            store.put(object, upload.file(), type.mimeType());
            publisher.publish(VideoUploaded.create(videoId, object, Filenames.clean(clientFilename), type.mimeType(),
                    upload.bytes(), source));
            LOG.infof("video %s accepted: %d bytes, %s, from %s", videoId, upload.bytes(), type.extension(),
                    source.wireName());
            return videoId;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the spooled upload", e);
        }
    }
}
