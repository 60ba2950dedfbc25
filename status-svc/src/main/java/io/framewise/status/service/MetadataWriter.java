package io.framewise.status.service;

import io.framewise.events.ObjectRef;
import io.framewise.events.StorageKeys;
import io.framewise.events.serde.EventJson;
import io.framewise.kit.storage.ObjectStore;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/** Stores metadata.json in the render bucket; the S3 call is blocking, so it runs on a worker thread. */
@ApplicationScoped
public class MetadataWriter {

    private final ObjectStore store;
    private final Vertx vertx;

    public MetadataWriter(ObjectStore store, Vertx vertx) {
        this.store = store;
        this.vertx = vertx;
    }

    /** Returns the key it wrote. */
    public Uni<String> write(String videoId, Map<String, Object> document) {
        String key = StorageKeys.metadata(videoId);
        return vertx.executeBlocking(Uni.createFrom().item(() -> {
            byte[] json = toJson(document);
            store.put(new ObjectRef(store.renderBucket(), key), json, "application/json");
            return key;
        }));
    }

    private static byte[] toJson(Map<String, Object> document) {
        try {
            return EventJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(document);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write metadata.json", e);
        }
    }
}
