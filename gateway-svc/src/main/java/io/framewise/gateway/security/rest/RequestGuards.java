package io.framewise.gateway.security.rest;

import io.framewise.gateway.core.config.GatewayConfig;
import io.framewise.gateway.core.rest.ApiError;
import io.framewise.gateway.security.config.RateLimitConfig;
import io.framewise.gateway.security.service.ApiKeys;
import io.framewise.gateway.security.service.RateLimiter;
import io.framewise.gateway.security.service.StreamTokens;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * What every API request passes before it reaches a resource, cheapest refusal first: the rate limit (per
 * API key, else per client address), the API key (a read or write key on reads, a write key on writes and on
 * everything about webhooks; a stream token instead of a key on one video's event stream), and the size of JSON
 * bodies (uploads have their own, larger limit). Each refusal is an {@link ApiError} like any other error. The web
 * page's own files and {@code /q/*} are not served through here: they need no key.
 */
public class RequestGuards {

    static final String API_KEY_HEADER = "X-Api-Key";
    private static final Set<String> READS = Set.of("GET", "HEAD");
    /** {@code /videos/{id}/events}: the one path a stream token opens (EventSource cannot send headers). */
    private static final Pattern EVENTS = Pattern.compile("/videos/([^/]+)/events");

    private final RateLimiter rateLimiter;
    private final ApiKeys apiKeys;
    private final StreamTokens streamTokens;
    private final RateLimitConfig rateLimit;
    private final GatewayConfig config;

    public RequestGuards(RateLimiter rateLimiter, ApiKeys apiKeys, StreamTokens streamTokens, RateLimitConfig rateLimit,
                         GatewayConfig config) {
        this.rateLimiter = rateLimiter;
        this.apiKeys = apiKeys;
        this.streamTokens = streamTokens;
        this.rateLimit = rateLimit;
        this.config = config;
    }

    @ServerRequestFilter(preMatching = true, priority = Priorities.AUTHENTICATION - 100)
    public Optional<Response> rateLimit(ContainerRequestContext request, HttpServerRequest http) {
        if (!rateLimit.enabled()) {
            return Optional.empty();
        }
        String key = request.getHeaderString(API_KEY_HEADER);
        String client = apiKeys.isValid(key) ? "key:" + key
                : "address:" + (http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress());
        RateLimiter.Decision decision = rateLimiter.tryAcquire(client);
        if (decision.allowed()) {
            return Optional.empty();
        }
        long seconds = Math.max(1, (long) Math.ceil(decision.retryAfter().toMillis() / 1000.0));
        Response response = new ApiError("TooManyRequests", "too many requests: at most "
                + rateLimit.requestsPerSecond() + " per second (bursts of " + rateLimit.burst() + ") per API key "
                + "or client address; retry after " + seconds + " s").toResponse(429);
        response.getHeaders().putSingle("Retry-After", Long.toString(seconds));
        return Optional.of(response);
    }

    @ServerRequestFilter(preMatching = true, priority = Priorities.AUTHENTICATION)
    public Optional<Response> apiKey(ContainerRequestContext request) {
        String method = request.getMethod();
        if (method.equals("OPTIONS") || opensItsStream(request)) {
            return Optional.empty();
        }
        String path = request.getUriInfo().getPath();
        ApiKeys.Scope needed = READS.contains(method) && !path.startsWith("/webhooks")
                ? ApiKeys.Scope.READ : ApiKeys.Scope.WRITE;
        return switch (apiKeys.check(request.getHeaderString(API_KEY_HEADER), needed)) {
            case ApiKeys.Verdict.Allowed allowed -> Optional.empty();
            case ApiKeys.Verdict.Refused refused -> {
                Response response = new ApiError(refused.code(), refused.message()).toResponse(refused.status());
                if (refused.status() == 401) {
                    response.getHeaders().putSingle("WWW-Authenticate", "ApiKey header=\"" + API_KEY_HEADER + "\"");
                }
                yield Optional.of(response);
            }
        };
    }

    /** A GET of a video's event stream carrying a valid token for that video (and no key, which would be checked). */
    private boolean opensItsStream(ContainerRequestContext request) {
        String token = request.getUriInfo().getQueryParameters().getFirst("token");
        if (token == null || !request.getMethod().equals("GET")
                || request.getHeaderString(API_KEY_HEADER) != null) {
            return false;
        }
        Matcher events = EVENTS.matcher(request.getUriInfo().getPath());
        return events.matches() && streamTokens.accepts(events.group(1), token);
    }

    @ServerRequestFilter(preMatching = true, priority = Priorities.ENTITY_CODER)
    public Optional<Response> jsonBodySize(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        if (type == null || !type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            return Optional.empty();
        }
        String declared = request.getHeaderString("Content-Length");
        if (declared == null) {
            return Optional.of(new ApiError("LengthRequired", "JSON request bodies must declare their "
                    + "Content-Length").toResponse(411));
        }
        long length;
        try {
            length = Long.parseLong(declared.strip());
        } catch (NumberFormatException e) {
            return Optional.of(new ApiError("BadRequest", "Content-Length is not a number").toResponse(400));
        }
        if (length > config.maxJsonBytes()) {
            return Optional.of(new ApiError("PayloadTooLarge", "JSON request bodies are limited to "
                    + config.maxJsonBytes() + " bytes").toResponse(413));
        }
        return Optional.empty();
    }
}
