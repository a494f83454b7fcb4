package dev.flashkit.jdbc;

import dev.flashkit.internal.Durations;
import dev.flashkit.messages.MessageStorage;
import dev.flashkit.session.SessionChanges;
import dev.flashkit.session.SessionData;
import dev.flashkit.session.SessionStore;
import dev.flashkit.session.SessionStoreException;
import dev.flashkit.spi.RequestScope;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Sessions in PostgreSQL, shared by every instance of an application, with flash messages delivered exactly
 * once ({@link #messageStorage()}). The cookie carries only a random id (192 bits); the database stores its
 * SHA-256 digest. A save writes only what changed ({@code INSERT ... ON CONFLICT} per attribute) in one
 * statement that first locks the session's row, so concurrent requests writing different keys all persist and
 * a session deleted by one request (logout) is never brought back by another's save. {@link
 * dev.flashkit.session.Session#rotate()} renames the session atomically; the old id stops working at once.
 * Expired sessions are never returned, and {@link #deleteExpired()} removes them in small batches that skip
 * rows a request holds, so the cleanup never deadlocks with requests. A request costs one query to load (the
 * session, its attributes and flash messages), one statement to claim the messages it displays, and one to
 * save.
 *
 * <pre>{@code
 * JdbcSessionStore store = JdbcSessionStore.builder(dataSource).createSchema(true).build();
 * FlashkitConfig config = FlashkitConfig.fromEnvironment()
 *         .sessionStore(store)
 *         .messageStorage(store.messageStorage()) // flash messages delivered exactly once
 *         .build();
 * }</pre>
 *
 * <p>Connections come from the application's {@link DataSource} (HikariCP recommended); the store has no pool
 * of its own. When the database is unreachable or slower than the timeout, {@link #load} and {@link #save}
 * throw {@link SessionStoreException} (a 503 with {@code Retry-After}); the next request after the database is
 * back works again. Close the store on shutdown to stop its cleanup thread. See {@code docs/postgres.md}.
 */
public final class JdbcSessionStore implements SessionStore, AutoCloseable {
    /** Default prefix of the table names ({@code flashkit_sessions}, ...). */
    public static final String DEFAULT_TABLE_PREFIX = PostgresDialect.DEFAULT_PREFIX;
    /** Default time a statement (and each network read) may take before the request fails. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(2);
    /** Default pause between two runs of the expired-session cleanup. */
    public static final Duration DEFAULT_CLEANUP_INTERVAL = Duration.ofMinutes(5);
    /** Default number of expired sessions one cleanup statement deletes. */
    public static final int DEFAULT_CLEANUP_BATCH_SIZE = 500;

    private static final System.Logger LOG = System.getLogger(JdbcSessionStore.class.getName());

    private final SqlDialect dialect;
    private final Database database;
    private final SessionStatements statements;
    private final JdbcMessageStorage messageStorage;
    private final Duration timeout;
    private final int cleanupBatchSize;
    private final Cleaner cleaner;

    private JdbcSessionStore(Builder b) {
        this.dialect = new PostgresDialect(b.tablePrefix);
        this.timeout = b.timeout;
        this.cleanupBatchSize = b.cleanupBatchSize;
        this.database = new Database(b.dataSource, dialect, b.timeout, b.createSchema);
        this.statements = new SessionStatements(database, dialect);
        this.messageStorage = new JdbcMessageStorage(this, statements);
        this.cleaner = b.cleanupInterval.isZero() ? null : new Cleaner(this::deleteExpired, b.cleanupInterval);
    }

    /** Starts configuring a store over the application's {@link DataSource} (a pool, e.g. HikariCP). */
    public static Builder builder(DataSource dataSource) {
        return new Builder(dataSource);
    }

    @Override
    public Optional<SessionData> load(String cookieValue) {
        return load(cookieValue, null);
    }

    /**
     * Loads the session in one query; when this store's {@link #messageStorage()} is installed, the same query
     * reads the session's flash messages and leaves them in the request's scope for the message storage.
     */
    @Override
    public Optional<SessionData> load(String cookieValue, RequestScope scope) {
        if (!IdHash.isUsable(cookieValue)) {
            return Optional.empty(); // garbage never reaches the database
        }
        boolean withMessages = scope != null && scope.messageStorage() == messageStorage;
        SessionStatements.Loaded loaded = statements.load(cookieValue, withMessages);
        if (loaded == null) {
            return Optional.empty();
        }
        if (withMessages) {
            FlashState state = FlashState.of(scope);
            state.loadedId = cookieValue;
            state.read = loaded.messages();
        }
        return Optional.of(new SessionData(
                cookieValue,
                loaded.generation(),
                Instant.ofEpochMilli(loaded.createdAt()),
                Instant.ofEpochMilli(loaded.lastAccessedAt()),
                loaded.attributes(),
                false));
    }

    @Override
    public Optional<String> save(SessionData session, SessionChanges changes, Duration timeToLive) {
        return save(session, changes, timeToLive, null);
    }

    /** One statement: the session delta and, when this request's message storage left one, its flash change. */
    @Override
    public Optional<String> save(SessionData session, SessionChanges changes, Duration timeToLive, RequestScope scope) {
        FlashState state = scope == null ? null : scope.get(FlashState.KEY);
        FlashDelta flash = state == null || state.pending == null ? FlashDelta.NONE : state.pending;
        if (state != null) {
            state.pending = null; // written now, or never
        }
        long ttl = Math.max(1, timeToLive.toMillis());
        boolean saved = changes.isNew()
                ? statements.create(session, ttl, flash)
                : statements.update(session, changes, ttl, flash);
        return saved ? Optional.of(session.id()) : Optional.empty();
    }

    @Override
    public void delete(String id) {
        if (IdHash.isUsable(id)) {
            statements.delete(id);
        }
    }

    /**
     * Deletes every expired session (with its attributes and messages) in batches of the configured size, each
     * its own short statement that skips sessions a request holds; returns how many were deleted. Runs
     * periodically on the store's cleanup thread unless the interval is zero; call it from your own scheduler
     * otherwise.
     */
    public int deleteExpired() {
        int total = 0;
        int deleted;
        do {
            deleted = statements.deleteExpiredBatch(cleanupBatchSize);
            total += deleted;
        } while (deleted == cleanupBatchSize);
        return total;
    }

    /** The schema script for this store's table names: what {@code createSchema(true)} runs. */
    public String schemaSql() {
        return dialect.schema();
    }

    /**
     * Flash-message storage in this database, next to each session, with exactly-once delivery across
     * parallel requests and instances. Install it with {@code FlashkitConfig.Builder#messageStorage} together
     * with this store as the session store.
     */
    public MessageStorage messageStorage() {
        return messageStorage;
    }

    /** Stops the cleanup thread; the {@link DataSource} is the application's to close. */
    @Override
    public void close() {
        if (cleaner != null) {
            cleaner.close();
        }
    }

    /** Shows the dialect, table prefix and timeout; never connection details. */
    @Override
    public String toString() {
        return "JdbcSessionStore[" + dialect + ", timeout=" + timeout + "]";
    }

    /** Configures a {@link JdbcSessionStore}; {@link #build()} validates. */
    public static final class Builder {
        private static final Pattern PREFIX = Pattern.compile("[a-z_][a-z0-9_]{0,39}");

        private final DataSource dataSource;
        private String tablePrefix = DEFAULT_TABLE_PREFIX;
        private Duration timeout = DEFAULT_TIMEOUT;
        private boolean createSchema;
        private Duration cleanupInterval = DEFAULT_CLEANUP_INTERVAL;
        private int cleanupBatchSize = DEFAULT_CLEANUP_BATCH_SIZE;

        private Builder(DataSource dataSource) {
            this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        }

        /**
         * Prefix of the tables, sequence and index (default {@code flashkit_}): lower-case letters, digits and
         * {@code _}, starting with a letter or {@code _}. Put them in another schema with the connection's
         * {@code search_path} (e.g. {@code currentSchema} in the JDBC URL).
         */
        public Builder tablePrefix(String tablePrefix) {
            Objects.requireNonNull(tablePrefix, "tablePrefix");
            if (!PREFIX.matcher(tablePrefix).matches()) {
                throw new IllegalArgumentException("tablePrefix must match [a-z_][a-z0-9_]{0,39}, e.g. \"flashkit_\"; "
                        + "was \"" + tablePrefix + "\"");
            }
            this.tablePrefix = tablePrefix;
            return this;
        }

        /**
         * Longest a statement, and each network read of it, may take before the request fails with a 503
         * (default 2 s). Waiting for a pooled connection is the pool's setting: give HikariCP a
         * {@code connectionTimeout} of the same order.
         */
        public Builder timeout(Duration timeout) {
            this.timeout = Durations.requirePositive(timeout, "timeout");
            return this;
        }

        /**
         * Whether to create the tables when they are missing (default false: run the script from {@link
         * #schemaSql()} with your migrations). The store tries at build and, while the database is
         * unreachable, again on each request until it succeeds.
         */
        public Builder createSchema(boolean createSchema) {
            this.createSchema = createSchema;
            return this;
        }

        /** Pause between cleanup runs on the store's daemon thread (default 5 minutes); zero turns it off. */
        public Builder cleanupInterval(Duration cleanupInterval) {
            Objects.requireNonNull(cleanupInterval, "cleanupInterval");
            if (cleanupInterval.isNegative()) {
                throw new IllegalArgumentException("cleanupInterval must not be negative (zero turns it off)");
            }
            this.cleanupInterval = cleanupInterval;
            return this;
        }

        /** Expired sessions one cleanup statement deletes (default 500): small batches keep locks short. */
        public Builder cleanupBatchSize(int cleanupBatchSize) {
            if (cleanupBatchSize < 1) {
                throw new IllegalArgumentException("cleanupBatchSize must be at least 1");
            }
            this.cleanupBatchSize = cleanupBatchSize;
            return this;
        }

        /** The store; the database may still be unreachable (requests answer 503 until it is up). */
        public JdbcSessionStore build() {
            JdbcSessionStore store = new JdbcSessionStore(this);
            if (createSchema) {
                try {
                    store.database.createSchemaNow();
                } catch (SessionStoreException e) {
                    LOG.log(
                            System.Logger.Level.WARNING,
                            "Flashkit: could not create the session tables yet; requests retry: " + e.getMessage());
                }
            }
            return store;
        }
    }
}
