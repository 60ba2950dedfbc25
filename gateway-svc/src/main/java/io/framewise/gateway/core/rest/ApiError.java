package io.framewise.gateway.core.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Every error the gateway returns: S2's body form, a stable {@code Code} for programs and a
 * {@code Message} for people.
 */
@Schema(name = "Error", description = "Every error: a stable code for programs and a sentence for people")
public record ApiError(
        @Schema(examples = "NotFoundError") @JsonProperty("Code") String code,
        @Schema(examples = "NotFoundError: Media file (x) not found") @JsonProperty("Message") String message) {

    public Response toResponse(int status) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(this).build();
    }

    public static ApiError videoNotFound(String id) {
        return new ApiError("NotFoundError", "NotFoundError: Media file (" + id + ") not found");
    }
}
