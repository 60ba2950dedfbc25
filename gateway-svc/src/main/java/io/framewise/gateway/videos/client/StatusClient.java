package io.framewise.gateway.videos.client;

import io.framewise.events.api.VideoPage;
import io.framewise.events.api.VideoView;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** status-svc's internal API: where the gateway learns a video's state, lists videos, and deletes them. */
@RegisterRestClient(configKey = "status")
@Path("/videos")
public interface StatusClient {

    @GET
    @Path("/{id}")
    VideoView get(@PathParam("id") String id);

    @GET
    VideoPage list(@QueryParam("startswith") String namePrefix, @QueryParam("label") String label,
                   @QueryParam("media-type") String mediaType, @QueryParam("status") String status,
                   @QueryParam("person") String person, @QueryParam("q") String text,
                   @QueryParam("page") int page, @QueryParam("size") int size);

    /** 204 if the video exists or existed, 404 (as an exception) if never seen and no tombstone was asked. */
    @DELETE
    @Path("/{id}")
    Response delete(@PathParam("id") String id, @QueryParam("tombstone") boolean tombstone);
}
