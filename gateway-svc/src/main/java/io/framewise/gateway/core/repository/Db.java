package io.framewise.gateway.core.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import java.util.function.Supplier;

/**
 * For blocking code (uploads, imports, webhook senders run on worker threads): runs reactive Panache work in
 * one transaction on a Vert.x context and waits for it. Never call it on an event-loop thread.
 */
public final class Db {

    private Db() {
    }

    public static <T> T inTransaction(Supplier<Uni<T>> work) {
        try {
            return VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(work));
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
