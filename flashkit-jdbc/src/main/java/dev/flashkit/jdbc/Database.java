package dev.flashkit.jdbc;

import dev.flashkit.session.SessionStoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.Executor;
import javax.sql.DataSource;

/**
 * Borrows connections from the application's {@link DataSource} (the pool is the application's: HikariCP is
 * recommended) with this store's timeout on every read and statement, creates the schema on first use when
 * asked, and turns every {@link SQLException} into a {@link SessionStoreException} (a 503 for the request).
 * Nothing is cached between calls: when the database is back, the next request works.
 */
final class Database {
    /** Runs the socket-timeout bookkeeping of {@link Connection#setNetworkTimeout} inline. */
    private static final Executor DIRECT = Runnable::run;

    private final DataSource dataSource;
    private final SqlDialect dialect;
    private final int timeoutMillis;
    private final int timeoutSeconds;
    private final boolean createSchema;
    private final Object schemaLock = new Object();
    private volatile boolean schemaReady;

    /** One piece of work on a borrowed connection. */
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    Database(DataSource dataSource, SqlDialect dialect, Duration timeout, boolean createSchema) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.timeoutMillis = (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
        this.timeoutSeconds = (int) Math.max(1, (timeout.toMillis() + 999) / 1000);
        this.createSchema = createSchema;
    }

    /** Runs {@code work} on a connection; {@code what} completes "PostgreSQL could not ..." in errors. */
    <T> T call(String what, Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            boundReads(connection);
            if (createSchema && !schemaReady) {
                createSchema(connection);
            }
            return work.run(connection);
        } catch (SQLException e) {
            throw new SessionStoreException(
                    "the session database could not " + what + " (SQLState " + e.getSQLState() + "): " + e.getMessage(),
                    e);
        }
    }

    /**
     * Bounds every network read of the connection by the timeout, so a frozen server cannot hang a request; a
     * driver without the feature keeps only the statements' query timeout.
     */
    private void boundReads(Connection connection) throws SQLException {
        try {
            connection.setNetworkTimeout(DIRECT, timeoutMillis);
        } catch (SQLFeatureNotSupportedException unsupported) {
            // the query timeout still applies
        }
    }

    /** A statement that the server cancels after the timeout. */
    PreparedStatement prepare(Connection connection, String sql) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        statement.setQueryTimeout(timeoutSeconds);
        return statement;
    }

    /** Creates the tables now (idempotent); the first request does it when the store was built to. */
    void createSchemaNow() {
        call("create the schema", connection -> {
            createSchema(connection);
            return null;
        });
    }

    private void createSchema(Connection connection) throws SQLException {
        synchronized (schemaLock) {
            if (schemaReady) {
                return;
            }
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.setQueryTimeout(Math.max(timeoutSeconds, 10)); // DDL may wait for another instance's
                statement.execute(dialect.schemaLock());
                statement.execute(dialect.schema());
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
            schemaReady = true;
        }
    }
}
