package io.framewise.status.repository;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import java.net.ConnectException;
import java.util.concurrent.CompletionException;
import org.hibernate.HibernateException;
import org.junit.jupiter.api.Test;

/** Which database errors are a passing outage (a 503, a skipped stall check) and which are a fault of ours. */
class DatabaseFailuresTest {

    @Test
    void refusedOrCutConnectionsAndAServerShuttingDownOrStartingArePassing() {
        assertThat(DatabaseFailures.isUnreachable(new HibernateException("HR000092: Unable to open a "
                + "connection to the database", new ConnectException("Connection refused")))).isTrue();
        assertThat(DatabaseFailures.isUnreachable(new CompletionException(
                ClosedConnectionException.INSTANCE))).isTrue();
        assertThat(DatabaseFailures.isUnreachable(new PgException("terminating connection due to "
                + "administrator command", "FATAL", "57P01", null))).isTrue();
        assertThat(DatabaseFailures.isUnreachable(new PgException("the database system is starting up",
                "FATAL", "57P03", null))).isTrue();
    }

    @Test
    void aConstraintViolationOrABugIsNot() {
        assertThat(DatabaseFailures.isUnreachable(new HibernateException("insert failed",
                new PgException("duplicate key value violates unique constraint", "ERROR", "23505", null))))
                .isFalse();
        assertThat(DatabaseFailures.isUnreachable(new CompletionException(new IllegalStateException(
                "no video")))).isFalse();
    }
}
