package io.framewise.kit.tracing;

import io.smallrye.mutiny.Multi;
import io.smallrye.reactive.messaging.PublisherDecorator;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.providers.locals.LocalContextMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * The Kafka connector starts a consumer span for each record from the trace context in its headers; this makes
 * that span current in the record's own Vert.x context, so the listener's work (and every event it sends) joins
 * the record's trace.
 */
@ApplicationScoped
public class IncomingTraceContext implements PublisherDecorator {

    @Override
    public Multi<? extends Message<?>> decorate(Multi<? extends Message<?>> publisher, List<String> channelName,
                                                boolean isConnector) {
        if (!isConnector) {
            return publisher;
        }
        return publisher.invoke(message -> message.getMetadata(LocalContextMetadata.class)
                .map(LocalContextMetadata::context)
                .ifPresent(vertx -> TracingMetadata.fromMessage(message)
                        .map(TracingMetadata::getCurrentContext)
                        .ifPresent(trace -> VertxContextStorage.INSTANCE.attach(vertx, trace))));
    }
}
