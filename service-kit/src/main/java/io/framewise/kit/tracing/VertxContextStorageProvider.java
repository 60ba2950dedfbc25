package io.framewise.kit.tracing;

import io.opentelemetry.context.ContextStorage;
import io.opentelemetry.context.ContextStorageProvider;

/** Registered in META-INF/services: OpenTelemetry's {@code Context.current()} reads {@link VertxContextStorage}. */
public final class VertxContextStorageProvider implements ContextStorageProvider {

    @Override
    public ContextStorage get() {
        return VertxContextStorage.INSTANCE;
    }
}
