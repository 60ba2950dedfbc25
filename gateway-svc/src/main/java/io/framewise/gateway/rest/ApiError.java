package io.framewise.gateway.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Every error the gateway returns: S2's body form, a stable {@code Code} for programs and a
 * {@code Message} for people.
 */
public record ApiError(@JsonProperty("Code") String code, @JsonProperty("Message") String message) {

    public Response toResponse(int status) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(this).build();
    }

    public static ApiError videoNotFound(String id) {
        return new ApiError("NotFoundError", "NotFoundError: Media file (" + id + ") not found");
    }
}
