package io.framewise.status.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import java.net.ConnectException;
import java.util.concurrent.CompletionException;
import org.hibernate.HibernateException;
import org.junit.jupiter.api.Test;

/** Which database errors are a passing outage (503) and which are a fault of ours (500). */
class DatabaseUnavailableMapperTest {

    @Test
    void refusedOrCutConnectionsAndAServerShuttingDownOrStartingArePassing() {
        assertThat(DatabaseUnavailableMapper.isUnreachable(new HibernateException("HR000092: Unable to open a "
                + "connection to the database", new ConnectException("Connection refused")))).isTrue();
        assertThat(DatabaseUnavailableMapper.isUnreachable(new CompletionException(
                ClosedConnectionException.INSTANCE))).isTrue();
        assertThat(DatabaseUnavailableMapper.isUnreachable(new PgException("terminating connection due to "
                + "administrator command", "FATAL", "57P01", null))).isTrue();
        assertThat(DatabaseUnavailableMapper.isUnreachable(new PgException("the database system is starting up",
                "FATAL", "57P03", null))).isTrue();
    }

    @Test
    void aConstraintViolationOrABugIsNot() {
        assertThat(DatabaseUnavailableMapper.isUnreachable(new HibernateException("insert failed",
                new PgException("duplicate key value violates unique constraint", "ERROR", "23505", null))))
                .isFalse();
        assertThat(DatabaseUnavailableMapper.isUnreachable(new CompletionException(new IllegalStateException(
                "no video")))).isFalse();
    }
}
