package io.framewise.gateway.core.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.framewise.gateway.core.service.InvalidRequestException;
import io.framewise.gateway.core.service.StateUnavailableException;
import io.framewise.gateway.core.service.VideoNotFoundException;
import io.framewise.outbound.RefusedUrlException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns exceptions into {@link ApiError} responses, so no error reaches a client as HTML, plain text or a
 * stack trace: Quarkus's own (unknown route, wrong method, unreadable JSON, unsupported media type) too.
 * Exceptions of one feature are mapped beside it ({@code UploadErrorMapper}, {@code WebhookErrorMapper}).
 */
public class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);

    /** status-svc's database is restarting, or status-svc is away: passing, so say when to try again. */
    @ServerExceptionMapper
    public Response stateUnavailable(StateUnavailableException e) {
        LOG.warnf("%s: %s", e.getMessage(), e.getCause() == null ? "" : e.getCause().getMessage());
        Response response = new ApiError("StateUnavailable", "the video state cannot be read or recorded just now (its store "
                + "is restarting or unreachable); try again in a few seconds").toResponse(503);
        response.getHeaders().putSingle("Retry-After", "5");
        return response;
    }

    @ServerExceptionMapper
    public Response videoNotFound(VideoNotFoundException e) {
        return ApiError.videoNotFound(e.videoId()).toResponse(404);
    }

    @ServerExceptionMapper
    public Response refusedUrl(RefusedUrlException e) {
        return new ApiError("UrlNotAllowed", e.getMessage()).toResponse(400);
    }

    @ServerExceptionMapper
    public Response invalidRequest(InvalidRequestException e) {
        return new ApiError("BadRequest", e.getMessage()).toResponse(400);
    }

    @ServerExceptionMapper(priority = 1)
    public Response unreadableJson(JsonProcessingException e) {
        String detail = e instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()
                ? "the field '" + mismatch.getPath().get(mismatch.getPath().size() - 1).getFieldName()
                + "' has the wrong type" : "the body is not valid JSON";
        return new ApiError("InvalidJson", "the request body could not be read: " + detail).toResponse(400);
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, HttpServerRequest request) {
        return new ApiError("NotFoundError", "there is no " + request.method() + " " + request.path()
                + " (the API is described at /q/openapi and /q/swagger-ui on the management port)").toResponse(404);
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e, HttpServerRequest request) {
        Response response = new ApiError("MethodNotAllowed", request.method() + " is not allowed on "
                + request.path() + "; allowed: " + e.getResponse().getAllowedMethods()).toResponse(405);
        response.getHeaders().put("Allow", new java.util.ArrayList<>(e.getResponse().getAllowedMethods()));
        return response;
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            return unreadableJson(unreadable);
        }
        int status = e.getResponse().getStatus();
        String code = switch (status) {
            case 400 -> "BadRequest";
            case 401 -> "Unauthorized";
            case 404 -> "NotFoundError";
            case 405 -> "MethodNotAllowed";
            case 406 -> "NotAcceptable";
            case 413 -> "PayloadTooLarge";
            case 415 -> "UnsupportedMediaType";
            default -> status >= 500 ? "InternalError" : "RequestError";
        };
        if (status >= 500) {
            LOG.error("request failed", e);
            return new ApiError(code, "the request could not be completed; it was logged").toResponse(status);
        }
        return new ApiError(code, e.getMessage()).toResponse(status);
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e) {
        LOG.error("request failed", e);
        return new ApiError("InternalError", "the request could not be completed: an internal error was logged")
                .toResponse(500);
    }
}
