package dev.flashkit.demo;

import dev.flashkit.Flashkit;
import dev.flashkit.FlashkitConfig;
import dev.flashkit.jdbc.JdbcSessionStore;
import dev.flashkit.redis.RedisSessionStore;
import dev.flashkit.session.MemorySessionStore;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the demo's {@link Flashkit} from the environment: Flashkit's own {@code FLASHKIT_*}
 * settings (secret, production mode, cookies) plus the demo's {@code FLASHKIT_STORE} choice.
 */
final class FlashkitSetup {

    /** How many sessions the in-memory store keeps before evicting the least recently used. */
    static final long MEMORY_SESSIONS = 10_000;

    private FlashkitSetup() {}

    /**
     * The configured Flashkit.
     *
     * @throws RuntimeException naming the variable when a setting is unusable (Flashkit's own
     *     validation, e.g. a weak {@code FLASHKIT_SECRET} in production, or a bad {@code FLASHKIT_STORE})
     */
    static Flashkit create(DemoSettings settings, Map<String, String> env) {
        FlashkitConfig.Builder config = FlashkitConfig.fromEnvironment(env);
        String store = settings.store().trim();
        String lower = store.toLowerCase(Locale.ROOT);
        if (lower.equals("memory")) {
            config.sessionStore(MemorySessionStore.create(MEMORY_SESSIONS));
        } else if (lower.startsWith("redis://")
                || lower.startsWith("rediss://")
                || lower.startsWith("redis-sentinel://")
                || lower.startsWith("redis-cluster://")
                || lower.startsWith("rediss-cluster://")) {
            try {
                RedisSessionStore redis = RedisSessionStore.builder(store).build();
                // flash messages in Redis too: claimed atomically, so each is shown exactly once across instances
                config.sessionStore(redis).messageStorage(redis.messageStorage());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("FLASHKIT_STORE: " + e.getMessage(), e);
            }
        } else if (PostgresStore.isUri(store)) {
            try {
                JdbcSessionStore postgres = PostgresStore.create(store);
                // flash messages in PostgreSQL too: claimed atomically, so each is shown exactly once
                config.sessionStore(postgres).messageStorage(postgres.messageStorage());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("FLASHKIT_STORE: " + e.getMessage(), e);
            }
        } else if (!lower.equals("cookie")) {
            throw new IllegalArgumentException(
                    "FLASHKIT_STORE must be cookie, memory, a Redis URI (redis://, rediss://, redis-sentinel://,"
                            + " redis-cluster://) or a PostgreSQL URI (postgresql://, jdbc:postgresql://), not '"
                            + store + "'");
        }
        config.messageTag(MessageRoutes.NOTICE, "primary");
        return Flashkit.create(config.build());
    }

    /** Releases the session store's resources (the Redis connection, the PostgreSQL pool) when the server stops. */
    static void close(Flashkit flashkit) {
        if (flashkit.sessionStore() instanceof AutoCloseable closeable) {
            try {
                closeable.close();
                if (closeable instanceof JdbcSessionStore postgres) {
                    PostgresStore.closePool(postgres);
                }
            } catch (Exception e) {
                System.getLogger(FlashkitSetup.class.getName())
                        .log(System.Logger.Level.WARNING, "Flashkit demo: closing the session store failed", e);
            }
        }
    }
}
