package io.framewise.gateway.upload.rest;

import io.framewise.gateway.core.config.GatewayConfig;
import io.framewise.gateway.core.rest.Accepted;
import io.framewise.gateway.core.rest.ApiError;
import io.framewise.gateway.upload.service.PresignedUploadService;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** S1's signed-URL upload: get a presigned PUT, upload straight to the object store, then confirm. */
@Path("/videos")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Uploads")
@SecurityRequirement(name = "apiKey")
public class PresignedUploadResource {

    /** The optional body of {@code POST /videos/uploads}. */
    @Schema(name = "UploadRequest")
    public record UploadRequest(
            @Schema(description = "shown in lists and searchable; never used in storage keys") String filename,
            @Schema(description = "if given, the PUT must send exactly this Content-Type") String contentType,
            @Schema(required = true, description = "the file's size in bytes: the URL accepts a body of exactly "
                    + "this size, within the upload limit") Long size) {
    }

    /** The presigned PUT. */
    @Schema(name = "UploadTicket")
    public record UploadTicket(String id, String url, String method, Instant expiresAt, Map<String, String> headers,
                               String confirmUrl) {
    }

    private final PresignedUploadService presigned;
    private final GatewayConfig config;

    public PresignedUploadResource(PresignedUploadService presigned, GatewayConfig config) {
        this.presigned = presigned;
        this.config = config;
    }

    @POST
    @Path("/uploads")
    @Blocking
    @Operation(summary = "Get a presigned URL to PUT a video to",
            description = "PUT the file (exactly size bytes) to url with the listed headers before expiresAt, then "
                    + "POST confirmUrl. 411 without size, 413 above the upload limit.")
    @APIResponse(responseCode = "201", description = "The presigned PUT",
            content = @Content(schema = @Schema(implementation = UploadTicket.class)))
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(UploadRequest request, @Context UriInfo uri) {
        UploadRequest body = request == null ? new UploadRequest(null, null, null) : request;
        PresignedUploadService.Ticket ticket = presigned.create(body.filename(), body.contentType(), body.size());
        String base = config.publicUrl().orElse(uri.getBaseUri().toString()).replaceAll("/+$", "");
        return Response.status(Response.Status.CREATED)
                .entity(new UploadTicket(ticket.id(), ticket.url(), "PUT", ticket.expiresAt(), ticket.headers(),
                        base + "/videos/" + ticket.id() + "/uploaded"))
                .build();
    }

    /** The same without a body: refused (411), the size is needed; kept so the answer says so, not 415. */
    @POST
    @Path("/uploads")
    @Blocking
    @Operation(hidden = true)
    public Response createWithoutBody(@Context UriInfo uri) {
        return create(null, uri);
    }

    @POST
    @Path("/{id}/uploaded")
    @Blocking
    @Operation(summary = "Confirm a presigned upload",
            description = "Checks the object exists and is within the size limit, then starts processing. "
                    + "Idempotent: a repeated call answers 202 again and announces nothing twice.")
    @APIResponse(responseCode = "202", description = "Processing started (now or by an earlier call)",
            content = @Content(schema = @Schema(implementation = Accepted.class)))
    @APIResponse(responseCode = "409", description = "Nothing uploaded yet (UploadMissing)",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "413", description = "Too large: the object was deleted",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response uploaded(@PathParam("id") String id, @Context UriInfo uri) {
        PresignedUploadService.Confirmation confirmation = presigned.confirm(id);
        return Accepted.response(confirmation.id(), uri, config,
                Map.of("alreadyStarted", confirmation.alreadyAnnounced()));
    }
}
