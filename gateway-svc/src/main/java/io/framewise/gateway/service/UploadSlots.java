package io.framewise.gateway.rest;

import io.framewise.gateway.config.UploadConfig;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * At most {@code framewise.gateway.uploads.max-concurrent} uploads stream into this instance at once. The slot is
 * taken before the body is read and given back when the exchange ends, however it ends (finished, refused, or the
 * client gone), so slow or stalled uploaders cannot take every spool slot and worker thread; the next upload gets
 * 503 with Retry-After at once instead of waiting in a queue.
 */
@Singleton
public class UploadSlots {

    private final Semaphore slots;
    private final int limit;

    public UploadSlots(UploadConfig config) {
        this.limit = config.maxConcurrent();
        this.slots = new Semaphore(limit);
    }

    /** After the key check: a refused request takes no slot. */
    @ServerRequestFilter(preMatching = true, priority = Priorities.AUTHENTICATION + 10)
    public Optional<Response> takeSlot(ContainerRequestContext request, RoutingContext exchange) {
        if (!request.getMethod().equals("POST") || !request.getUriInfo().getPath().matches("/videos/?")) {
            return Optional.empty();
        }
        if (!slots.tryAcquire()) {
            Response busy = new ApiError("TooManyUploads", "this server is taking " + limit + " uploads at once "
                    + "already; try again in a minute, or use a presigned upload (POST /videos/uploads)")
                    .toResponse(503);
            busy.getHeaders().putSingle("Retry-After", "30");
            return Optional.of(busy);
        }
        exchange.addEndHandler(ended -> slots.release());
        return Optional.empty();
    }

    /** Uploads streaming in now. */
    public int inUse() {
        return limit - slots.availablePermits();
    }
}
