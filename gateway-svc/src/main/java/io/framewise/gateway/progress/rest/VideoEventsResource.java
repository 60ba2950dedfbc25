package io.framewise.gateway.progress.rest;

import io.framewise.events.StorageKeys;
import io.framewise.gateway.core.rest.ApiError;
import io.framewise.gateway.core.service.VideoNotFoundException;
import io.framewise.gateway.progress.config.EventsConfig;
import io.framewise.gateway.progress.service.ProgressHub;
import io.framewise.gateway.progress.service.StreamSlots;
import io.framewise.gateway.security.service.StreamTokens;
import io.framewise.gateway.videos.service.VideoQueryService;
import io.framewise.gateway.videos.service.VideoSnapshot;
import io.smallrye.common.annotation.Blocking;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
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

    /** What opens the stream without a key: its URL with a token, and until when. */
    @Schema(name = "StreamToken")
    public record StreamTokenView(String token, String url, Instant expiresAt) {
    }

    private final VideoQueryService videos;
    private final StreamTokens tokens;
    private final ProgressHub hub;
    private final StreamSlots slots;
    private final Vertx vertx;
    private final EventsConfig config;

    public VideoEventsResource(VideoQueryService videos, StreamTokens tokens, ProgressHub hub, StreamSlots slots,
                               Vertx vertx, EventsConfig config) {
        this.videos = videos;
        this.tokens = tokens;
        this.hub = hub;
        this.slots = slots;
        this.vertx = vertx;
        this.config = config;
    }

    @GET
    @Path("/{id}/events/token")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A short-lived token that opens this video's event stream without a key",
            description = "For browsers: EventSource cannot send X-Api-Key. GET url (relative to the API) before "
                    + "expiresAt; the token opens only this video's stream, nothing else.")
    @APIResponse(responseCode = "200", description = "The token",
            content = @Content(schema = @Schema(implementation = StreamTokenView.class)))
    public Response token(@PathParam("id") String id) {
        if (!StorageKeys.isValidVideoId(id)) {
            throw new VideoNotFoundException(id);
        }
        StreamTokens.Token token = tokens.issue(id);
        return Response.ok(new StreamTokenView(token.value(), "videos/" + id + "/events?token=" + token.value(),
                token.expiresAt())).header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("/{id}/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Blocking
    @Operation(summary = "Progress as Server-Sent Events",
            description = "Events: state (the current S1 response), video.uploaded, render.start, preview.created, "
                    + "capture.created, labels.done, stage.failed, render.ready (then the stream ends). Data is JSON.")
    @APIResponse(responseCode = "200", description = "text/event-stream")
    public void events(@PathParam("id") String id, @Context SseEventSink sink, @Context Sse sse,
                       @Context HttpServerRequest request) {
        String client = request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
        slots.take(client).ifPresent(refused -> {
            Response response = new ApiError(refused.code(), refused.message()).toResponse(refused.status());
            response.getHeaders().putSingle("Retry-After", "30");
            throw new WebApplicationException(response);
        });
        // Subscribe before reading the state, so nothing that happens in between is missed.
        ProgressHub.Subscription subscription = hub.subscribe(id);
        VideoSnapshot snapshot;
        try {
            snapshot = videos.find(id).orElseThrow(() -> new VideoNotFoundException(id));
        } catch (RuntimeException e) {
            subscription.close();
            slots.release(client);
            throw e;
        }
        new ProgressStream(id, sink, sse, subscription, vertx, config, () -> slots.release(client)).start(snapshot);
    }
}
