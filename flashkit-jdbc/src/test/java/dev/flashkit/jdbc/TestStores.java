package dev.flashkit.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Stores for tests: each on its own tables (a unique prefix) in a shared server, closed together. */
final class TestStores implements AutoCloseable {
    /** Generous: a loaded CI machine must not turn a slow statement into a failure. */
    static final Duration RELAXED = Duration.ofSeconds(10);

    private final PostgresTestServer server;
    private final String prefix =
            "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12) + "_";
    private final List<AutoCloseable> open = new ArrayList<>();

    TestStores(PostgresTestServer server) {
        this.server = server;
    }

    /** A pool on the server with the given timeout. */
    HikariDataSource dataSource(Duration timeout) {
        HikariDataSource ds = server.dataSource(timeout);
        open.add(ds);
        return ds;
    }

    /** A store on this instance's tables, created when missing, with the given timeout and no cleanup thread. */
    JdbcSessionStore store(Duration timeout) {
        return store(builder(dataSource(timeout)).timeout(timeout));
    }

    /** A builder on this instance's tables, with the schema created and the cleanup thread off. */
    JdbcSessionStore.Builder builder(HikariDataSource dataSource) {
        return JdbcSessionStore.builder(dataSource)
                .tablePrefix(prefix)
                .createSchema(true)
                .cleanupInterval(Duration.ZERO);
    }

    /** Builds and remembers to close. */
    JdbcSessionStore store(JdbcSessionStore.Builder builder) {
        JdbcSessionStore store = builder.build();
        open.add(0, store);
        return store;
    }

    String prefix() {
        return prefix;
    }

    @Override
    public void close() {
        for (AutoCloseable c : open) {
            try {
                c.close();
            } catch (Exception e) {
                throw new IllegalStateException("could not close " + c, e);
            }
        }
        open.clear();
    }
}
