package io.framewise.gateway.rest;

import io.framewise.gateway.service.ProgressHub;
import io.framewise.gateway.service.VideoNotFoundException;
import io.framewise.gateway.service.VideoQueryService;
import io.framewise.gateway.service.VideoSnapshot;
import io.smallrye.common.annotation.Blocking;
import io.vertx.core.Vertx;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /videos/{id}/events}: the video's progress as Server-Sent Events. First a {@code state} event
 * (what {@code GET /videos/{id}} answers), then each stage event as it happens, named by its topic, until
 * {@code render.ready}; then the stream ends. A video already READY or FAILED gets its {@code state} and the
 * end at once.
 */
@Path("/videos")
@Tag(name = "Videos")
public class VideoEventsResource {

    private final VideoQueryService videos;
    private final ProgressHub hub;
    private final Vertx vertx;
    private final Duration heartbeat;

    public VideoEventsResource(VideoQueryService videos, ProgressHub hub, Vertx vertx,
                               @ConfigProperty(name = "framewise.gateway.events.heartbeat", defaultValue = "PT15S")
                               Duration heartbeat) {
        this.videos = videos;
        this.hub = hub;
        this.vertx = vertx;
        this.heartbeat = heartbeat;
    }

    @GET
    @Path("/{id}/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Blocking
    @Operation(summary = "Progress as Server-Sent Events",
            description = "Events: state (the current S1 response), video.uploaded, render.start, preview.created, "
                    + "capture.created, labels.done, stage.failed, render.ready (then the stream ends). Data is JSON.")
    @APIResponse(responseCode = "200", description = "text/event-stream")
    public void events(@PathParam("id") String id, @Context SseEventSink sink, @Context Sse sse) {
        // Subscribe before reading the state, so nothing that happens in between is missed.
        ProgressHub.Subscription subscription = hub.subscribe(id);
        VideoSnapshot snapshot;
        try {
            snapshot = videos.find(id).orElseThrow(() -> new VideoNotFoundException(id));
        } catch (RuntimeException e) {
            subscription.close();
            throw e;
        }
        new ProgressStream(id, sink, sse, subscription, vertx, heartbeat).start(snapshot);
    }
}
