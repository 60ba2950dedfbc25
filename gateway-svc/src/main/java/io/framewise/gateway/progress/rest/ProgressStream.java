package io.framewise.gateway.progress.rest;

import io.framewise.events.FramewiseEvent;
import io.framewise.events.RenderReady;
import io.framewise.events.Topics;
import io.framewise.events.serde.EventJson;
import io.framewise.gateway.progress.config.EventsConfig;
import io.framewise.gateway.progress.service.ProgressHub;
import io.framewise.gateway.videos.service.VideoSnapshot;
import io.vertx.core.Vertx;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * One client's SSE stream: the snapshot, then live events, a comment now and then so proxies keep the
 * connection open (and a gone client is noticed), and the end after {@code render.ready} or after its lifetime;
 * its slot ({@code onClose}) is given back however it ends.
 */
final class ProgressStream {

    private static final Logger LOG = Logger.getLogger(ProgressStream.class);
    private static final long RECONNECT_MS = 3000;

    private final String videoId;
    private final SseEventSink sink;
    private final Sse sse;
    private final ProgressHub.Subscription subscription;
    private final Vertx vertx;
    private final EventsConfig config;
    private final Runnable onClose;
    private long timerId = -1;
    private long lifetimeTimerId = -1;
    private boolean closed;

    ProgressStream(String videoId, SseEventSink sink, Sse sse, ProgressHub.Subscription subscription, Vertx vertx,
                   EventsConfig config, Runnable onClose) {
        this.videoId = videoId;
        this.sink = sink;
        this.sse = sse;
        this.subscription = subscription;
        this.vertx = vertx;
        this.config = config;
        this.onClose = onClose;
    }

    synchronized void start(VideoSnapshot snapshot) {
        send(sse.newEventBuilder().name("state").reconnectDelay(RECONNECT_MS)
                .mediaType(MediaType.TEXT_PLAIN_TYPE).data(String.class, json(snapshot.body())).build());
        if (snapshot.terminal()) {
            close();
            return;
        }
        timerId = vertx.setPeriodic(config.heartbeat().toMillis(), id -> keepAlive());
        // Ended after its lifetime, however busy: a client that wants more reconnects (EventSource does by itself).
        lifetimeTimerId = vertx.setTimer(config.lifetime().toMillis(), id -> closeQuietly());
        subscription.start(this::onEvent);
    }

    private synchronized void onEvent(FramewiseEvent event) {
        if (closed) {
            return;
        }
        String name = Topics.EVENT_TYPES.entrySet().stream().filter(e -> e.getValue() == event.getClass())
                .map(Map.Entry::getKey).findFirst().orElse("event");
        send(sse.newEventBuilder().name(name).id(event.eventId().toString())
                .mediaType(MediaType.TEXT_PLAIN_TYPE).data(String.class, EventJson.toJson(event)).build());
        if (event instanceof RenderReady) {
            close();
        }
    }

    private synchronized void keepAlive() {
        if (!closed) {
            send(sse.newEventBuilder().comment("keep-alive").build());
        }
    }

    private void send(OutboundSseEvent event) {
        if (sink.isClosed()) {
            close();
            return;
        }
        sink.send(event).whenComplete((ignored, failure) -> {
            if (failure != null) {
                LOG.debugf("SSE client of video %s went away: %s", videoId, failure.getMessage());
                closeQuietly();
            }
        });
    }

    private void closeQuietly() {
        synchronized (this) {
            close();
        }
    }

    private void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (timerId >= 0) {
            vertx.cancelTimer(timerId);
        }
        if (lifetimeTimerId >= 0) {
            vertx.cancelTimer(lifetimeTimerId);
        }
        subscription.close();
        onClose.run();
        sink.close();
    }

    private static String json(Map<String, Object> body) {
        try {
            return EventJson.mapper().writeValueAsString(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write the video's state", e);
        }
    }
}
