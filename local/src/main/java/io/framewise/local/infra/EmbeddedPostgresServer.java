package io.framewise.local.infra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * A real PostgreSQL server from the embedded binaries, with its data directory kept between runs, and one
 * application database created on first start. Fault tests {@link #stop()} it and {@link #restart()} it while the
 * services keep running: same port, same data directory, so the services' connection URLs stay valid.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    public static final String USER = "postgres";

    private final Path dataDir;
    private final int port;
    private final String database;
    private EmbeddedPostgres postgres; // null while stopped

    private EmbeddedPostgresServer(Path dataDir, int port, EmbeddedPostgres postgres, String database) {
        this.dataDir = dataDir;
        this.port = port;
        this.postgres = postgres;
        this.database = database;
    }

    public static EmbeddedPostgresServer start(Path dataDir, int port, String database) {
        EmbeddedPostgres postgres = startServer(dataDir, port);
        createDatabaseIfMissing(postgres, database);
        return new EmbeddedPostgresServer(dataDir, port, postgres, database);
    }

    /** Stops the server (a fast shutdown: open sessions are cut, as in a crash of the host); the data stays. */
    public synchronized void stop() {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException("PostgreSQL did not stop cleanly: " + e.getMessage(), e);
            } finally {
                postgres = null;
            }
        }
    }

    /** Starts it again on the same port over the same data directory. */
    public synchronized void restart() {
        if (postgres == null) {
            postgres = startServer(dataDir, port);
        }
    }

    public synchronized boolean running() {
        return postgres != null;
    }

    private static EmbeddedPostgres startServer(Path dataDir, int port) {
        try {
            Files.createDirectories(dataDir.getParent());
            return EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setServerConfig("max_connections", "200")
                    // this machine only, whatever the binaries' default
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    // the default 10 s is not enough on 2 busy cores (a parallel build, the other services starting)
                    .setPGStartupWait(java.time.Duration.ofSeconds(60))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start over " + dataDir + ": " + e.getMessage(), e);
        }
    }

    public int port() {
        return port;
    }

    public String database() {
        return database;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + database;
    }

    public String reactiveUrl() {
        return "postgresql://127.0.0.1:" + port() + "/" + database;
    }

    @Override
    public void close() {
        stop();
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres postgres, String database) {
        if (!database.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain database name: " + database);
        }
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, database);
            try (var rows = exists.executeQuery()) {
                if (!rows.next()) {
                    try (var create = connection.createStatement()) {
                        create.execute("create database " + database);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + database + ": " + e.getMessage(), e);
        }
    }
}
