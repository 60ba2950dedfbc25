package io.framewise.gateway.upload.rest;

import io.framewise.gateway.core.rest.ApiError;
import io.framewise.gateway.upload.service.UploadSlots;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Takes an upload slot ({@link UploadSlots}) for {@code POST /videos} before the body is read, and gives it back when
 * the exchange ends, however it ends (finished, refused, or the client gone or cut off). Without a free slot the
 * upload gets 503 with Retry-After at once instead of waiting in a queue.
 */
public class UploadGate {

    private final UploadSlots slots;

    public UploadGate(UploadSlots slots) {
        this.slots = slots;
    }

    /** After the key check: a refused request takes no slot. */
    @ServerRequestFilter(preMatching = true, priority = Priorities.AUTHENTICATION + 10)
    public Optional<Response> takeSlot(ContainerRequestContext request, RoutingContext exchange) {
        if (!request.getMethod().equals("POST") || !request.getUriInfo().getPath().matches("/videos/?")) {
            return Optional.empty();
        }
        if (!slots.tryTake()) {
            Response busy = new ApiError("TooManyUploads", "this server is taking " + slots.limit() + " uploads at "
                    + "once already; try again in a minute, or use a presigned upload (POST /videos/uploads)")
                    .toResponse(503);
            busy.getHeaders().putSingle("Retry-After", "30");
            return Optional.of(busy);
        }
        AtomicBoolean released = new AtomicBoolean();
        exchange.addEndHandler(ended -> {
            if (released.compareAndSet(false, true)) {
                slots.release(); // once, however often the exchange reports its end
            }
        });
        return Optional.empty();
    }
}
