package dev.flashkit.redis;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisConnectionException;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;

/**
 * Owns the Lettuce client and its single shared, thread-safe connection (Lettuce pipelines
 * concurrent commands over it). Tuned to fail fast and never to run a command twice:
 *
 * <ul>
 *   <li>every synchronous command waits at most the command timeout (the URI's timeout) and is
 *       cancelled then; connecting is bounded by the same timeout;
 *   <li>Lettuce's auto-reconnect is off, because it replays commands that were in flight when the
 *       connection broke (at-least-once): a replayed "append flash message" would show a message
 *       twice. Here a broken connection fails its commands (at-most-once) and the next request
 *       opens a new connection; after a failed attempt, requests fail at once for a short pause
 *       instead of all waiting on connects to a dead server.
 * </ul>
 *
 * <p>The first connection is opened lazily, so an application can start while Redis is still down.
 */
final class RedisConnector implements AutoCloseable {
    private static final long RETRY_PAUSE_NANOS = Duration.ofMillis(250).toNanos();

    private final RedisClient client;
    private volatile StatefulRedisConnection<String, String> connection;
    private long retryNotBefore;
    private boolean closed;

    RedisConnector(RedisURI uri, Duration commandTimeout) {
        uri.setTimeout(commandTimeout);
        this.client = RedisClient.create(uri);
        client.setOptions(ClientOptions.builder()
                .autoReconnect(false)
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .socketOptions(SocketOptions.builder()
                        .connectTimeout(commandTimeout)
                        .keepAlive(true)
                        .build())
                .build());
    }

    /** The shared synchronous command API; (re)connects when there is no open connection. */
    RedisCommands<String, String> commands() {
        StatefulRedisConnection<String, String> c = connection;
        if (c == null || !c.isOpen()) {
            c = reconnect(c);
        }
        return c.sync();
    }

    private synchronized StatefulRedisConnection<String, String> reconnect(
            StatefulRedisConnection<String, String> broken) {
        if (closed) {
            throw new RedisConnectionException("the Redis session store is closed");
        }
        StatefulRedisConnection<String, String> current = connection;
        if (current != null && current != broken && current.isOpen()) {
            return current; // another request reconnected meanwhile
        }
        if (current != null) {
            current.closeAsync();
            connection = null;
        }
        if (System.nanoTime() - retryNotBefore < 0) {
            throw new RedisConnectionException("Redis is unreachable (retrying shortly)");
        }
        try {
            connection = client.connect();
            return connection;
        } catch (RedisException e) {
            retryNotBefore = System.nanoTime() + RETRY_PAUSE_NANOS;
            throw e;
        }
    }

    /**
     * Drops the connection after an error that means "wrong server": after a Sentinel failover the
     * old primary may still accept connections but refuse writes ({@code READONLY}); the next
     * request then asks Sentinel again for the current primary.
     */
    void failed(RedisException e) {
        String message = e.getMessage();
        if (message != null && (message.startsWith("READONLY") || message.startsWith("MASTERDOWN"))) {
            discard(connection);
        }
    }

    private synchronized void discard(StatefulRedisConnection<String, String> broken) {
        if (broken != null && connection == broken) {
            broken.closeAsync();
            connection = null;
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (connection != null) {
            connection.close();
            connection = null;
        }
        client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
    }
}
