package io.framewise.gateway.upload.rest;

import io.framewise.gateway.core.rest.ApiError;
import io.framewise.gateway.upload.service.UploadRejectedException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A refused upload (direct, presigned or imported) as its {@link ApiError}; a full queue says when to retry. */
public class UploadErrorMapper {

    @ServerExceptionMapper
    public Response uploadRejected(UploadRejectedException e) {
        Response response = new ApiError(e.code(), e.getMessage()).toResponse(e.httpStatus());
        if (e.httpStatus() == 503) {
            response.getHeaders().putSingle("Retry-After", "60");
        }
        return response;
    }
}
