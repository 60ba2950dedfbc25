package io.framewise.gateway.webhooks.rest;

import io.framewise.gateway.core.rest.ApiError;
import io.framewise.gateway.core.rest.Paging;
import io.framewise.gateway.core.service.InvalidRequestException;
import io.framewise.gateway.webhooks.domain.DeliveryAttempt;
import io.framewise.gateway.webhooks.domain.Webhook;
import io.framewise.gateway.webhooks.domain.WebhookDelivery;
import io.framewise.gateway.webhooks.service.WebhookService;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Webhooks: {@code render.ready} delivered as JSON, signed with the webhook's secret (see
 * {@code WebhookSignature}), retried with backoff, every attempt recorded. Secrets are never shown again after
 * creation.
 */
@Path("/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks", description = "Signed notifications of finished videos")
public class WebhookResource {

    static final String MASK = "********";

    /** The body of {@code POST /webhooks}. */
    @Schema(name = "WebhookRequest")
    public record WebhookRequest(
            @Schema(required = true, examples = "https://example.com/hooks/framewise") String url,
            @Schema(description = "HMAC key, at least 16 characters; generated (and shown once) if absent")
            String secret,
            @Schema(description = "events to deliver; default [\"render.ready\"]") List<String> events) {
    }

    /** A webhook as shown: the secret masked, unless it was just generated. */
    @Schema(name = "Webhook")
    public record WebhookView(UUID id, String url, List<String> events, String secret, Instant createdAt) {

        static WebhookView of(Webhook webhook, String shownSecret) {
            return new WebhookView(webhook.id, webhook.url, webhook.eventList(),
                    shownSecret != null ? shownSecret : MASK, webhook.createdAt);
        }
    }

    /** One attempt of a delivery. */
    @Schema(name = "DeliveryAttempt")
    public record AttemptView(int attempt, Instant at, Integer statusCode, String error, long durationMs) {
    }

    /** A delivery and its attempts. */
    @Schema(name = "Delivery")
    public record DeliveryView(UUID id, String event, UUID eventId, String videoId, String status, int attempts,
                               Integer lastStatusCode, String lastError, Instant nextAttemptAt, Instant createdAt,
                               Instant completedAt, List<AttemptView> history) {

        static DeliveryView of(WebhookDelivery d, List<DeliveryAttempt> attempts) {
            return new DeliveryView(d.id, d.eventType, d.eventId, d.videoId, d.status.name(), d.attempts,
                    d.lastStatusCode, d.lastError, d.completedAt == null ? d.nextAttemptAt : null, d.createdAt,
                    d.completedAt, attempts.stream().map(a -> new AttemptView(a.attempt, a.startedAt, a.statusCode,
                    a.error, a.durationMs)).toList());
        }
    }

    private final WebhookService webhooks;

    public WebhookResource(WebhookService webhooks) {
        this.webhooks = webhooks;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Blocking
    @SecurityRequirement(name = "apiKey")
    @Operation(summary = "Register a webhook",
            description = "Deliveries carry X-Framewise-Signature: sha256=<hex HMAC-SHA256 of \"<timestamp>.<body>\">, "
                    + "X-Framewise-Timestamp, X-Framewise-Event and X-Framewise-Delivery.")
    @APIResponse(responseCode = "201", description = "Registered",
            content = @Content(schema = @Schema(implementation = WebhookView.class)))
    @APIResponse(responseCode = "400", description = "Bad URL (UrlNotAllowed), unknown event or short secret",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response create(WebhookRequest request) {
        if (request == null || request.url() == null) {
            throw new InvalidRequestException("send {\"url\": \"https://…\", \"secret\": \"…\"}");
        }
        WebhookService.Created created = webhooks.create(request.url(), request.secret(), request.events());
        return Response.status(Response.Status.CREATED)
                .entity(WebhookView.of(created.webhook(), created.generatedSecret())).build();
    }

    @GET
    @Blocking
    @Operation(summary = "List webhooks (secrets masked)")
    public List<WebhookView> list() {
        return webhooks.list().stream().map(webhook -> WebhookView.of(webhook, null)).toList();
    }

    @GET
    @Path("/{id}")
    @Blocking
    @Operation(summary = "One webhook (secret masked)")
    public WebhookView get(@PathParam("id") String id) {
        return webhooks.find(uuid(id)).map(webhook -> WebhookView.of(webhook, null))
                .orElseThrow(() -> notFound(id));
    }

    @DELETE
    @Path("/{id}")
    @Blocking
    @SecurityRequirement(name = "apiKey")
    @Operation(summary = "Remove a webhook and its delivery history")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such webhook",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response delete(@PathParam("id") String id) {
        if (!webhooks.delete(uuid(id))) {
            throw notFound(id);
        }
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/deliveries")
    @Blocking
    @Operation(summary = "A webhook's deliveries, newest first, each with every attempt")
    public List<DeliveryView> deliveries(@PathParam("id") String id,
                                         @QueryParam("page") String page,
                                         @QueryParam("size") String size) {
        UUID webhookId = uuid(id);
        if (webhooks.find(webhookId).isEmpty()) {
            throw notFound(id);
        }
        return webhooks.deliveries(webhookId, Paging.page(page), Paging.size(size, 50, 200)).stream()
                .map(record -> DeliveryView.of(record.delivery(), record.attempts())).toList();
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw notFound(id);
        }
    }

    private static WebhookNotFoundException notFound(String id) {
        return new WebhookNotFoundException(id);
    }

    /** 404 for a webhook id. */
    static final class WebhookNotFoundException extends RuntimeException {
        WebhookNotFoundException(String id) {
            super("no webhook with id " + id);
        }
    }
}
