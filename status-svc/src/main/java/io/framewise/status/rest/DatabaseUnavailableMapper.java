package io.framewise.status.rest;

import io.framewise.status.repository.DatabaseFailures;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.ConnectException;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.hibernate.HibernateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * PostgreSQL cannot be reached (stopped, restarting, connections cut): a 503 with Retry-After, so the gateway can
 * tell a passing outage from a fault of ours (500). Found by e2e's DatabaseRestartFaultIT.
 */
public class DatabaseUnavailableMapper {

    private static final Logger LOG = Logger.getLogger(DatabaseUnavailableMapper.class);

    // The failure arrives as the driver's own exception or wrapped by Hibernate Reactive or a CompletionStage;
    // only these types are mapped, so 404s and the like keep their own handling.

    @ServerExceptionMapper
    public Response refused(ConnectException e) {
        return answer(e);
    }

    @ServerExceptionMapper
    public Response closed(ClosedConnectionException e) {
        return answer(e);
    }

    @ServerExceptionMapper
    public Response postgres(PgException e) {
        return answer(e);
    }

    @ServerExceptionMapper
    public Response hibernate(HibernateException e) {
        return answer(e);
    }

    @ServerExceptionMapper
    public Response completion(CompletionException e) {
        return answer(e);
    }

    private static Response answer(Throwable e) {
        if (!DatabaseFailures.isUnreachable(e)) {
            LOG.error("request failed", e);
            return Response.serverError().type(MediaType.APPLICATION_JSON)
                    .entity(Map.of("message", "internal error (logged)")).build();
        }
        LOG.warnf("database unreachable: %s", e.getMessage());
        return Response.status(503).type(MediaType.APPLICATION_JSON).header("Retry-After", "5")
                .entity(Map.of("message", "the database cannot be reached just now")).build();
    }
}
