package io.framewise.status.service;

import io.framewise.events.api.PersonSeen;
import io.framewise.events.api.VideoMetadata;
import io.framewise.events.ObjectRef;
import io.framewise.events.StorageKeys;
import io.framewise.events.serde.EventJson;
import io.framewise.kit.storage.ObjectStore;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Stores the JSON documents of a finished video ({@code metadata.json}, {@code people.json}) in the render bucket;
 * the S3 call is blocking, so it runs on a worker thread.
 */
@ApplicationScoped
public class MetadataWriter {

    private final ObjectStore store;
    private final Vertx vertx;

    public MetadataWriter(ObjectStore store, Vertx vertx) {
        this.store = store;
        this.vertx = vertx;
    }

    /** Returns the key it wrote. */
    public Uni<String> write(String videoId, VideoMetadata document) {
        return writeJson(StorageKeys.metadata(videoId), document);
    }

    /** Stores {@code people.json}; returns its key. */
    public Uni<String> writePeople(String videoId, List<PersonSeen> people) {
        return writeJson(StorageKeys.people(videoId), PeopleSeen.document(videoId, people));
    }

    private Uni<String> writeJson(String key, Object document) {
        return vertx.executeBlocking(Uni.createFrom().item(() -> {
            byte[] json = toJson(document);
            store.put(new ObjectRef(store.renderBucket(), key), json, "application/json");
            return key;
        }));
    }

    private static byte[] toJson(Object document) {
        try {
            return EventJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(document);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + "a JSON document", e);
        }
    }
}
