package io.framewise.gateway.rest;

import io.framewise.events.ObjectRef;
import io.framewise.gateway.client.StatusClient;
import io.framewise.gateway.client.VideoState;
import io.framewise.gateway.service.S1Response;
import io.framewise.kit.storage.ObjectStore;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** {@code GET /videos/{id}}: S1's metadata response, with presigned links to the video and its renders. */
@Path("/videos")
@Produces(MediaType.APPLICATION_JSON)
public class VideoResource {

    private final StatusClient status;
    private final ObjectStore store;

    public VideoResource(@RestClient StatusClient status, ObjectStore store) {
        this.status = status;
        this.store = store;
    }

    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") String id) {
        VideoState video;
        try {
            video = status.get(id);
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                return ApiError.videoNotFound(id).toResponse(404);
            }
            throw e;
        }
        return Response.ok(S1Response.of(video, links(video))).build();
    }

    private S1Response.Links links(VideoState video) {
        String videoUrl = video.sourceKey() == null ? null
                : store.presignGet(new ObjectRef(video.sourceBucket(), video.sourceKey())).toString();
        String gifUrl = video.gif() == null ? null : render(video.gif().key());
        String webpUrl = video.webp() == null ? null : render(video.webp().key());
        String metadataUrl = video.metadataKey() == null ? null : render(video.metadataKey());
        return new S1Response.Links(videoUrl, gifUrl, webpUrl, metadataUrl);
    }

    private String render(String key) {
        return store.presignGet(new ObjectRef(store.renderBucket(), key)).toString();
    }
}
