package dev.flashkit.redis;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.Delay;
import java.time.Duration;

/**
 * Owns the Lettuce client and its single shared, thread-safe connection (Lettuce pipelines
 * concurrent commands over it). Tuned to fail fast rather than hang: every command has the
 * configured timeout, commands issued while disconnected are rejected at once, connect attempts
 * are bounded, and reconnects retry quickly (at most one second apart) so the store recovers
 * within seconds of Redis coming back. The first connection is opened lazily and retried on
 * demand, so an application can start while Redis is still down.
 */
final class RedisConnector implements AutoCloseable {
    private final ClientResources resources;
    private final RedisClient client;
    private volatile StatefulRedisConnection<String, String> connection;

    RedisConnector(RedisURI uri, Duration commandTimeout) {
        uri.setTimeout(commandTimeout);
        this.resources = ClientResources.builder()
                .reconnectDelay(Delay.exponential(
                        Duration.ofMillis(50), Duration.ofSeconds(1), 2, java.util.concurrent.TimeUnit.MILLISECONDS))
                .build();
        this.client = RedisClient.create(resources, uri);
        client.setOptions(ClientOptions.builder()
                .autoReconnect(true)
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .timeoutOptions(TimeoutOptions.enabled(commandTimeout))
                .socketOptions(SocketOptions.builder()
                        .connectTimeout(commandTimeout)
                        .keepAlive(true)
                        .build())
                .build());
    }

    /** The shared synchronous command API; connects on first use. */
    RedisCommands<String, String> commands() {
        StatefulRedisConnection<String, String> c = connection;
        if (c == null) {
            c = connect();
        }
        return c.sync();
    }

    private synchronized StatefulRedisConnection<String, String> connect() {
        if (connection == null) {
            try {
                connection = client.connect();
            } catch (RedisException e) {
                throw e; // no connection yet: the next request tries again
            }
        }
        return connection;
    }

    @Override
    public synchronized void close() {
        if (connection != null) {
            connection.close();
            connection = null;
        }
        client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
        resources.shutdown(0, 2, java.util.concurrent.TimeUnit.SECONDS);
    }
}
