package io.framewise.status.repository;

import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import java.net.ConnectException;

/** Tells a passing database outage from a fault of ours, whatever wraps the driver's exception. */
public final class DatabaseFailures {

    private DatabaseFailures() {
    }

    /** Connection refused or closed, or PostgreSQL shutting down or starting (SQLSTATE classes 08 and 57P). */
    public static boolean isUnreachable(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof ClosedConnectionException) {
                return true;
            }
            if (cause instanceof PgException pg && pg.getSqlState() != null
                    && (pg.getSqlState().startsWith("08") || pg.getSqlState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }
}
