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
import java.util.Map;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Serves the render files that players fetch by relative path — HLS playlists and segments, the storyboard's
 * WebVTT and sprite — streamed from the render bucket. Only those file kinds, only under the video's own prefix:
 * the path is matched against a fixed pattern, so no {@code ..} or other key can be reached.
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

    public RenderFileResource(ObjectStore store) {
        this.store = store;
    }

    @GET
    @Path("/{path: .+}")
    @Blocking
    @Operation(summary = "HLS playlists and segments, the storyboard's WebVTT and sprite of a video",
            description = "What players load by relative path from the hlsUrl and storyboard.vttUrl of the video "
                    + "response. 404 for anything else.")
    public Response file(@PathParam("id") String id, @PathParam("path") String path) {
        if (!StorageKeys.isValidVideoId(id) || !SERVABLE.matcher(path).matches()) {
            throw new NotFoundException("no such file");
        }
        String key = StorageKeys.renderPrefix(id) + path;
        var body = store.open(new ObjectRef(store.renderBucket(), key))
                .orElseThrow(() -> new NotFoundException("no such file"));
        Response.ResponseBuilder response = Response.ok(body).type(TYPES.get(path.substring(path.lastIndexOf('.') + 1)))
                .header("Cache-Control", "private, max-age=300");
        Long length = body.response().contentLength();
        if (length != null) {
            response.header("Content-Length", length);
        }
        return response.build();
    }
}
