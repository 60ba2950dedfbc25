package io.framewise.status.service;

import io.framewise.events.StorageKeys;
import io.framewise.kit.storage.ObjectStore;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Removes every object of a video: its source and captures in the source bucket, its renders in the render
 * bucket. Every stage writes only under these prefixes, so nothing of the video is left behind. The S3 calls
 * block, so they run on a worker thread.
 */
@ApplicationScoped
public class VideoPurger {

    private static final Logger LOG = Logger.getLogger(VideoPurger.class);

    private final ObjectStore store;
    private final Vertx vertx;

    public VideoPurger(ObjectStore store, Vertx vertx) {
        this.store = store;
        this.vertx = vertx;
    }

    /** Returns how many objects were removed (none is fine: purging is idempotent). */
    public Uni<Integer> purgeObjects(String videoId) {
        return vertx.executeBlocking(Uni.createFrom().item(() -> {
            int removed = store.deletePrefix(store.sourceBucket(), StorageKeys.sourcePrefix(videoId))
                    + store.deletePrefix(store.sourceBucket(), StorageKeys.capturesPrefix(videoId))
                    + store.deletePrefix(store.renderBucket(), StorageKeys.renderPrefix(videoId));
            if (removed > 0) {
                LOG.infof("video %s: %d objects removed", videoId, removed);
            }
            return removed;
        }));
    }
}
