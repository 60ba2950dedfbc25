package io.framewise.gateway.videos.client;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** status-svc's stage retry (a separate interface from {@link StatusClient}, same service). */
@RegisterRestClient(configKey = "status")
@Path("/videos")
public interface StatusRetryClient {

    /** 202 when asked; 400/404/409 arrive as a WebApplicationException carrying status-svc's {@code message}. */
    @POST
    @Path("/{id}/retry")
    Response retry(@PathParam("id") String id, @QueryParam("stage") String stage);
}
