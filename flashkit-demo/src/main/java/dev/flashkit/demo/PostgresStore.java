package dev.flashkit.demo;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.flashkit.jdbc.JdbcSessionStore;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The demo's PostgreSQL store for {@code FLASHKIT_STORE=postgresql://user:password@host:port/db} (a libpq URI;
 * {@code postgres://} and {@code jdbc:postgresql://...} work too): a HikariCP pool that starts without the
 * database, and a {@link JdbcSessionStore} that creates its tables when they are missing. An unreachable database
 * at startup is no error: pages that need the session answer 503 until it is up.
 */
final class PostgresStore {
    private static final Duration TIMEOUT = JdbcSessionStore.DEFAULT_TIMEOUT;
    /** Each store's pool, closed with the store when the server stops. */
    private static final Map<JdbcSessionStore, HikariDataSource> POOLS = new ConcurrentHashMap<>();

    private PostgresStore() {}

    /** Whether {@code store} names a PostgreSQL database. */
    static boolean isUri(String store) {
        String lower = store.toLowerCase(Locale.ROOT);
        return lower.startsWith("postgresql://")
                || lower.startsWith("postgres://")
                || lower.startsWith("jdbc:postgresql://");
    }

    /** A store on the database {@code uri} names. */
    static JdbcSessionStore create(String uri) {
        HikariConfig pool = new HikariConfig();
        pool.setPoolName("flashkit-demo");
        if (uri.toLowerCase(Locale.ROOT).startsWith("jdbc:")) {
            pool.setJdbcUrl(uri);
        } else {
            URI parsed = URI.create(uri);
            if (parsed.getHost() == null) {
                throw new IllegalArgumentException(
                        "a PostgreSQL URI needs a host, e.g." + " postgresql://user:password@localhost:5432/flashkit");
            }
            String port = parsed.getPort() < 0 ? "" : ":" + parsed.getPort();
            String query = parsed.getRawQuery() == null ? "" : "?" + parsed.getRawQuery();
            pool.setJdbcUrl("jdbc:postgresql://" + parsed.getHost() + port + parsed.getRawPath() + query);
            String userInfo = parsed.getRawUserInfo();
            if (userInfo != null) {
                int colon = userInfo.indexOf(':');
                pool.setUsername(decode(colon < 0 ? userInfo : userInfo.substring(0, colon)));
                if (colon >= 0) {
                    pool.setPassword(decode(userInfo.substring(colon + 1)));
                }
            }
        }
        pool.setMaximumPoolSize(10);
        pool.setConnectionTimeout(TIMEOUT.toMillis()); // waiting for a connection is bounded like a statement
        pool.setValidationTimeout(TIMEOUT.toMillis());
        pool.setInitializationFailTimeout(-1); // start without the database; requests answer 503 until it is up
        pool.addDataSourceProperty("connectTimeout", Long.toString(TIMEOUT.toSeconds()));
        HikariDataSource dataSource = new HikariDataSource(pool);
        JdbcSessionStore store =
                JdbcSessionStore.builder(dataSource).createSchema(true).build();
        POOLS.put(store, dataSource);
        return store;
    }

    /** Closes the store's pool (the store itself is closed by the caller). */
    static void closePool(JdbcSessionStore store) {
        HikariDataSource pool = POOLS.remove(store);
        if (pool != null) {
            pool.close();
        }
    }

    private static String decode(String part) {
        return URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
