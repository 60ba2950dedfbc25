package io.framewise.gateway.upload.service;

import io.framewise.events.ObjectRef;
import io.framewise.events.StorageKeys;
import io.framewise.events.UploadSource;
import io.framewise.events.VideoUploaded;
import io.framewise.gateway.core.service.StateUnavailableException;
import io.framewise.gateway.upload.domain.Ingest;
import io.framewise.gateway.upload.domain.IngestState;
import io.framewise.gateway.upload.messaging.UploadPublisher;
import io.framewise.gateway.upload.repository.IngestRepository;
import io.framewise.kit.storage.ObjectStore;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Stores an accepted video in the source bucket under a key of the gateway's choosing, announces it on
 * video.uploaded, and remembers it (so the video is known before status-svc has seen its first event).
 */
@ApplicationScoped
public class UploadService {

    private static final Logger LOG = Logger.getLogger(UploadService.class);

    /** A stored video: where, and what it is. */
    public record Stored(ObjectRef object, VideoSniffer.Sniffed type, long bytes) {
    }

    private final ObjectStore store;
    private final UploadPublisher publisher;
    private final IngestRepository ingests;

    public UploadService(ObjectStore store, UploadPublisher publisher, IngestRepository ingests) {
        this.store = store;
        this.publisher = publisher;
        this.ingests = ingests;
    }

    /**
     * A direct upload: returns the new video's id once the object is stored, the upload recorded and the event
     * acknowledged. It is recorded before it is announced: if the gateway's database is away, the client gets a
     * 503 and nothing has started (announcing first made the request fail while the video went on, and a client
     * that retried got a second video).
     */
    public String ingest(SpooledUpload upload, String clientFilename, UploadSource source) {
        String videoId = UUID.randomUUID().toString();
        long started = System.nanoTime();
        Stored stored = store(videoId, upload);
        long storedAt = System.nanoTime();
        String filename = Filenames.clean(clientFilename);
        Ingest ingest = Ingest.of(videoId, source, IngestState.ACCEPTED);
        ingest.filename = filename;
        ingest.objectKey = stored.object().key();
        ingest.bytes = stored.bytes();
        try {
            QuarkusTransaction.requiringNew().run(() -> ingests.persist(ingest));
        } catch (RuntimeException e) {
            discard(stored);
            throw new StateUnavailableException("the upload could not be recorded", e);
        }
        try {
            announce(videoId, stored, filename, source);
        } catch (RuntimeException e) {
            QuarkusTransaction.requiringNew().call(() -> ingests.deleteById(videoId));
            discard(stored);
            throw e;
        }
        LOG.debugf("video %s: stored in %d ms, recorded and announced in %d ms", videoId,
                (storedAt - started) / 1_000_000, (System.nanoTime() - storedAt) / 1_000_000);
        return videoId;
    }

    /** Stores the spooled bytes as the video's source, typed by its first bytes (never by name or header). */
    public Stored store(String videoId, SpooledUpload upload) {
        if (upload.bytes() == 0) {
            throw new UploadRejectedException.Empty();
        }
        try {
            VideoSniffer.Sniffed type = VideoSniffer.sniff(upload.file());
            ObjectRef object = new ObjectRef(store.sourceBucket(), StorageKeys.sourceVideo(videoId, type.extension()));
            store.put(object, upload.file(), type.mimeType());
            return new Stored(object, type, upload.bytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the spooled upload", e);
        }
    }

    /** Removes a stored video that will not be announced after all. */
    public void discard(Stored stored) {
        store.delete(stored.object());
    }

    /** Publishes video.uploaded and returns once Kafka has it. */
    public void announce(String videoId, Stored stored, String filename, UploadSource source) {
        publisher.publish(VideoUploaded.create(videoId, stored.object(), filename, stored.type().mimeType(),
                stored.bytes(), source));
        LOG.infof("video %s accepted: %d bytes, %s, from %s", videoId, stored.bytes(), stored.type().extension(),
                source.wireName());
    }
}
