package io.framewise.gateway.upload.service;

import io.framewise.events.ObjectRef;
import io.framewise.events.StorageKeys;
import io.framewise.gateway.upload.config.UploadConfig;
import io.framewise.gateway.upload.domain.Ingest;
import io.framewise.gateway.upload.repository.IngestRepository;
import io.framewise.kit.storage.ObjectStore;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Cleans up after presigned upload URLs once they have expired: the object of an upload never confirmed (which
 * nothing would ever process or delete), or of a second PUT made after the confirmation while the URL still worked.
 * A ticket still awaiting its upload then fails with the reason, so a late confirmation answers 410. Each ticket is
 * swept once; several instances may sweep the same one (deleting twice is harmless).
 */
@ApplicationScoped
public class PresignedUploadSweeper {

    private static final Logger LOG = Logger.getLogger(PresignedUploadSweeper.class);
    private static final int BATCH = 200;
    static final String UNCONFIRMED = "the upload was not confirmed before its URL expired; ask for a new one with "
            + "POST /videos/uploads";

    private final ObjectStore store;
    private final IngestRepository ingests;
    private final UploadConfig config;

    public PresignedUploadSweeper(ObjectStore store, IngestRepository ingests, UploadConfig config) {
        this.store = store;
        this.ingests = ingests;
        this.config = config;
    }

    @Scheduled(every = "${framewise.gateway.uploads.sweep-every:5m}", delayed = "${framewise.gateway.uploads.sweep-every:5m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        Instant cutOff = Instant.now().minus(config.sweepGrace());
        int swept = 0;
        for (Ingest ingest : QuarkusTransaction.requiringNew().call(() -> ingests.unsweptPresigned(cutOff, BATCH))) {
            store.delete(new ObjectRef(store.sourceBucket(),
                    StorageKeys.sourceVideo(ingest.id, PresignedUploadService.PENDING_EXTENSION)));
            QuarkusTransaction.requiringNew().run(() -> ingests.swept(ingest.id, UNCONFIRMED));
            swept++;
        }
        if (swept > 0) {
            LOG.infof("Swept %d expired presigned upload tickets", swept);
        }
    }
}
