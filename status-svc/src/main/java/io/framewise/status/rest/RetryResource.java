package io.framewise.status.rest;

import io.framewise.events.Stage;
import io.framewise.status.service.StageRetry;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/**
 * {@code POST /videos/{id}/retry?stage=preview|captures|labels|…}: runs one stage of a READY or FAILED video again
 * (see {@link StageRetry}). 202 once asked; 400 for a stage name that does not exist, 404 for an unknown video,
 * 409 while the video is processing or when the stage cannot be retried, each with a message.
 */
@Path("/videos/{id}/retry")
@Produces(MediaType.APPLICATION_JSON)
public class RetryResource {

    private final StageRetry retry;

    public RetryResource(StageRetry retry) {
        this.retry = retry;
    }

    @POST
    public Uni<Response> retry(@PathParam("id") String id, @QueryParam("stage") String stageName) {
        Stage stage;
        try {
            stage = Stage.fromWire(stageName == null ? "" : stageName.strip());
        } catch (RuntimeException e) {
            return Uni.createFrom().item(error(400, "stage must be one of preview, captures, labels (or another "
                    + "stage of the video), was '" + stageName + "'"));
        }
        return retry.retry(id, stage).map(outcome -> outcome.accepted()
                ? Response.accepted(Map.of("id", id, "stage", stage.wireName(), "status", "PROCESSING")).build()
                : error(outcome.refusal().status(), outcome.refusal().message()));
    }

    private static Response error(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(Map.of("message", message)).build();
    }
}
