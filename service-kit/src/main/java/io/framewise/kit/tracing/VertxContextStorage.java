package io.framewise.kit.tracing;

import io.opentelemetry.context.Context;
import io.opentelemetry.context.ContextStorage;
import io.opentelemetry.context.Scope;
import io.smallrye.common.vertx.VertxContext;
import io.vertx.core.Vertx;

/**
 * Keeps the current trace context in the Vert.x duplicated context of the request or record being handled (as
 * Quarkus' own tracing does), so it follows the work from the event loop to the worker thread of a
 * {@code @Blocking} method and back; outside such a context it is a plain thread local.
 */
public final class VertxContextStorage implements ContextStorage {

    static final VertxContextStorage INSTANCE = new VertxContextStorage();

    private static final String KEY = VertxContextStorage.class.getName();

    private final ContextStorage threadLocal = ContextStorage.defaultStorage();

    private VertxContextStorage() {
    }

    @Override
    public Scope attach(Context toAttach) {
        io.vertx.core.Context vertx = currentDuplicated();
        return vertx == null ? threadLocal.attach(toAttach) : attach(vertx, toAttach);
    }

    /**
     * Makes {@code toAttach} current for everything that runs on {@code vertx}, a duplicated context (one request's
     * or one record's), until the scope is closed; on any other context it does nothing.
     */
    Scope attach(io.vertx.core.Context vertx, Context toAttach) {
        if (!VertxContext.isDuplicatedContext(vertx)) {
            return Scope.noop();
        }
        Context before = vertx.getLocal(KEY);
        if (before == toAttach) {
            return Scope.noop();
        }
        vertx.putLocal(KEY, toAttach);
        return () -> {
            if (before == null) {
                vertx.removeLocal(KEY);
            } else {
                vertx.putLocal(KEY, before);
            }
        };
    }

    @Override
    public Context current() {
        io.vertx.core.Context vertx = currentDuplicated();
        return vertx == null ? threadLocal.current() : vertx.getLocal(KEY);
    }

    private static io.vertx.core.Context currentDuplicated() {
        io.vertx.core.Context context = Vertx.currentContext();
        return context != null && VertxContext.isDuplicatedContext(context) ? context : null;
    }
}
