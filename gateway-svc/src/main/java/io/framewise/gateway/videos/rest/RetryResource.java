package io.framewise.gateway.videos.rest;

import io.framewise.events.StorageKeys;
import io.framewise.gateway.core.rest.ApiError;
import io.framewise.gateway.core.service.InvalidRequestException;
import io.framewise.gateway.upload.domain.Ingest;
import io.framewise.gateway.upload.domain.IngestState;
import io.framewise.gateway.upload.repository.IngestRepository;
import io.framewise.gateway.videos.client.StatusRetryClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** {@code POST /videos/{id}/retry?stage=}: status-svc's stage retry, behind the API key like every write. */
@Path("/videos/{id}/retry")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Videos", description = "State, metadata, search and deletion")
public class RetryResource {

    private final StatusRetryClient status;
    private final IngestRepository ingests;

    public RetryResource(@RestClient StatusRetryClient status, IngestRepository ingests) {
        this.status = status;
        this.ingests = ingests;
    }

    @POST
    @Blocking
    @SecurityRequirement(name = "apiKey")
    @Operation(summary = "Run one stage of a finished video again",
            description = "stage = preview, captures or labels (or another stage the video has). The video is "
                    + "processing again and the stage re-runs on the low-priority lane, behind no fresh upload; "
                    + "render.ready and GET /videos/{id} give the new outcome.")
    @APIResponse(responseCode = "202", description = "Asked; the video is processing again")
    @APIResponse(responseCode = "400", description = "No such stage",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "No such video",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "409", description = "Still processing, or the stage cannot be retried",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response retry(@PathParam("id") String id, @QueryParam("stage") String stage) {
        if (stage == null || stage.isBlank()) {
            throw new InvalidRequestException("say which stage to run again: ?stage=preview, captures, labels, "
                    + "storyboard, transcode or transcribe");
        }
        try (Response answer = status.retry(id, stage)) {
            return Response.accepted(Map.of("id", id, "stage", stage.strip(), "status", "PROCESSING",
                    "statusUrl", "/videos/" + id)).build();
        } catch (WebApplicationException refused) {
            int code = refused.getResponse().getStatus();
            if (code >= 500) {
                throw refused;
            }
            String message = messageOf(refused.getResponse());
            return switch (code) {
                case 404 -> notYetKnownToStatus(id);
                case 409 -> new ApiError("Conflict", message).toResponse(409);
                default -> new ApiError("InvalidRequest", message).toResponse(code);
            };
        }
    }

    /**
     * status-svc learns of a video from its first event, a moment after the gateway accepted it: a video the gateway
     * took in is processing (409), not unknown (404).
     */
    private Response notYetKnownToStatus(String id) {
        Ingest ingest = StorageKeys.isValidVideoId(id)
                ? QuarkusTransaction.requiringNew().call(() -> ingests.findById(id)) : null;
        if (ingest == null || ingest.state == IngestState.DELETED) {
            return ApiError.videoNotFound(id).toResponse(404);
        }
        return new ApiError("Conflict", ingest.state == IngestState.FAILED
                ? "the video never got past its import: there is no stage to retry; upload it again"
                : "the video is still processing: a stage can be retried once it is READY or FAILED")
                .toResponse(409);
    }

    @SuppressWarnings("unchecked")
    private static String messageOf(Response response) {
        try {
            Object message = response.readEntity(Map.class).get("message");
            return message == null ? "refused by status-svc" : message.toString();
        } catch (RuntimeException e) {
            return "refused by status-svc (HTTP " + response.getStatus() + ")";
        }
    }
}
