package io.framewise.gateway.rest;

import io.framewise.events.ObjectRef;
import io.framewise.events.StorageKeys;
import io.framewise.kit.storage.ObjectStore;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.core.Context;
import java.util.Map;
import java.util.concurrent.Semaphore;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Serves the render files that players fetch by relative path — HLS playlists and segments, the storyboard's
 * WebVTT and sprite — streamed from the render bucket. Only those file kinds, only under the video's own prefix:
 * the path is matched against a fixed pattern, so no {@code ..} or other key can be reached. At most
 * {@code framewise.gateway.files.max-concurrent} at once per instance: each holds a connection of the object store's
 * pool while it streams, and readers too slow to take anything are cut off by the HTTP idle timeout
 * ({@code quarkus.http.idle-timeout}), so slow readers can never take the connections uploads need.
 */
@Path("/videos/{id}/files")
@Tag(name = "Videos")
public class RenderFileResource {

    private static final Pattern SERVABLE = Pattern.compile(
            "hls/(master\\.m3u8|[a-z0-9]{1,8}/[A-Za-z0-9_-]{1,64}\\.(m3u8|ts|m4s|mp4))|storyboard\\.(vtt|jpg)");
    private static final Map<String, String> TYPES = Map.of(
            "m3u8", "application/vnd.apple.mpegurl",
            "ts", "video/mp2t",
            "m4s", "video/iso.segment",
            "mp4", "video/mp4",
            "vtt", "text/vtt; charset=utf-8",
            "jpg", "image/jpeg");

    private final ObjectStore store;
    private final Semaphore streams;
    private final int limit;

    public RenderFileResource(ObjectStore store,
                              @ConfigProperty(name = "framewise.gateway.files.max-concurrent", defaultValue = "16")
                              int limit) {
        this.store = store;
        this.limit = limit;
        this.streams = new Semaphore(limit);
    }

    @GET
    @Path("/{path: .+}")
    @Blocking
    @Operation(summary = "HLS playlists and segments, the storyboard's WebVTT and sprite of a video",
            description = "What players load by relative path from the hlsUrl and storyboard.vttUrl of the video "
                    + "response. 404 for anything else.")
    public Response file(@PathParam("id") String id, @PathParam("path") String path,
                         @Context RoutingContext exchange) {
        if (!StorageKeys.isValidVideoId(id) || !SERVABLE.matcher(path).matches()) {
            throw new NotFoundException("no such file");
        }
        if (!streams.tryAcquire()) {
            Response busy = new ApiError("TooManyDownloads", "this server is streaming " + limit + " files at once "
                    + "already; try again in a moment").toResponse(503);
            busy.getHeaders().putSingle("Retry-After", "5");
            return busy;
        }
        String key = StorageKeys.renderPrefix(id) + path;
        ResponseInputStream<GetObjectResponse> body;
        try {
            body = store.open(new ObjectRef(store.renderBucket(), key))
                    .orElseThrow(() -> new NotFoundException("no such file"));
        } catch (RuntimeException e) {
            streams.release();
            throw e;
        }
        // However the exchange ends (sent, or the client gone or cut off by the idle timeout while nothing could
        // be written), the object store's connection goes back to its pool and the slot is free again.
        exchange.addEndHandler(ended -> {
            if (ended.succeeded()) {
                closeQuietly(body);
            } else {
                body.abort();
            }
            streams.release();
        });
        Response.ResponseBuilder response = Response.ok(body).type(TYPES.get(path.substring(path.lastIndexOf('.') + 1)))
                .header("Cache-Control", "private, max-age=300");
        Long length = body.response().contentLength();
        if (length != null) {
            response.header("Content-Length", length);
        }
        return response.build();
    }

    private static void closeQuietly(ResponseInputStream<GetObjectResponse> body) {
        try {
            body.close();
        } catch (java.io.IOException e) {
            body.abort();
        }
    }
}
