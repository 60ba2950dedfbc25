package io.framewise.gateway.rest;

import io.framewise.gateway.service.UploadRejectedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns exceptions into {@link ApiError} responses, so no error reaches a client as HTML or a stack trace. */
public class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);

    @ServerExceptionMapper
    public Response uploadRejected(UploadRejectedException e) {
        return new ApiError(e.code(), e.getMessage()).toResponse(e.httpStatus());
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        String code = switch (status) {
            case 400 -> "BadRequest";
            case 404 -> "NotFoundError";
            case 405 -> "MethodNotAllowed";
            case 413 -> "PayloadTooLarge";
            case 415 -> "UnsupportedMediaType";
            default -> status >= 500 ? "InternalError" : "RequestError";
        };
        return new ApiError(code, e.getMessage()).toResponse(status);
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e) {
        LOG.error("request failed", e);
        return new ApiError("InternalError", "the request could not be completed: " + e.getMessage())
                .toResponse(500);
    }
}
