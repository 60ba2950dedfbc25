package io.framewise.gateway.webhooks.rest;

import io.framewise.gateway.core.rest.ApiError;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** An unknown webhook id as 404, beside the resource that throws it. */
public class WebhookErrorMapper {

    @ServerExceptionMapper
    public Response webhookNotFound(WebhookResource.WebhookNotFoundException e) {
        return new ApiError("NotFoundError", e.getMessage()).toResponse(404);
    }
}
