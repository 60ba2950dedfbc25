package io.framewise.gateway.core.rest;

import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * The object store cannot be reached (stopped, restarting, network): a 503 that says so and when to try again,
 * instead of an opaque 500. Nothing was accepted, so nothing is lost. Found by e2e's StorageOutageFaultIT.
 */
public class StorageErrorMapper {

    private static final Logger LOG = Logger.getLogger(StorageErrorMapper.class);

    @ServerExceptionMapper
    public Response storageUnreachable(SdkClientException e) {
        LOG.warnf("object store unreachable: %s", e.getMessage());
        Response response = new ApiError("StorageUnavailable", "the object store cannot be reached just now: "
                + "nothing was stored; try again in a few seconds").toResponse(503);
        response.getHeaders().putSingle("Retry-After", "5");
        return response;
    }
}
