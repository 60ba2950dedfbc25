package io.framewise.gateway.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** status-svc's read API: where the gateway learns a video's state. */
@RegisterRestClient(configKey = "status")
@Path("/videos")
public interface StatusClient {

    @GET
    @Path("/{id}")
    VideoState get(@PathParam("id") String id);

    @GET
    List<VideoState> list(@QueryParam("startswith") String namePrefix, @QueryParam("label") String label,
                          @QueryParam("status") String status, @QueryParam("page") int page,
                          @QueryParam("size") int size);
}
