package dev.flashkit.redis;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisCommandTimeoutException;
import io.lettuce.core.RedisConnectionException;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.codec.StringCodec;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Owns the Lettuce client and its single shared, thread-safe connection (Lettuce pipelines
 * concurrent commands over it). Tuned to fail fast and never to run a command twice:
 *
 * <ul>
 *   <li>every synchronous command waits at most the command timeout (the URI's timeout) and is
 *       cancelled then;
 *   <li>connecting runs in the background (bounded by its own, longer timeout, so a slow first
 *       handshake still completes); a request waits for it at most the command timeout;
 *   <li>Lettuce's auto-reconnect is off, because it replays commands that were in flight when the
 *       connection broke (at-least-once): a replayed "append flash message" would show a message
 *       twice. Here a broken connection fails its commands (at-most-once) and the next request
 *       starts a new connection; after a failed attempt, requests fail at once for a short pause.
 * </ul>
 *
 * <p>The first connection is opened lazily, so an application can start while Redis is still down.
 */
final class RedisConnector implements AutoCloseable {
    private static final long RETRY_PAUSE_NANOS = Duration.ofMillis(250).toNanos();
    private static final Duration MIN_CONNECT_TIMEOUT = Duration.ofSeconds(10);

    private final RedisClient client;
    private final RedisURI uri;
    private final Duration commandTimeout;
    private volatile StatefulRedisConnection<String, String> connection;
    private CompletableFuture<StatefulRedisConnection<String, String>> pending;
    private long retryNotBefore;
    private boolean closed;

    RedisConnector(RedisURI uri, Duration commandTimeout) {
        uri.setTimeout(commandTimeout);
        this.uri = uri;
        this.commandTimeout = commandTimeout;
        this.client = RedisClient.create(uri);
        Duration connectTimeout =
                commandTimeout.compareTo(MIN_CONNECT_TIMEOUT) > 0 ? commandTimeout : MIN_CONNECT_TIMEOUT;
        client.setOptions(ClientOptions.builder()
                .autoReconnect(false)
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .socketOptions(SocketOptions.builder()
                        .connectTimeout(connectTimeout)
                        .keepAlive(true)
                        .build())
                .build());
    }

    /** The shared synchronous command API; (re)connects when there is no open connection. */
    RedisCommands<String, String> commands() {
        StatefulRedisConnection<String, String> c = connection;
        if (c == null || !c.isOpen()) {
            c = awaitConnection(c);
        }
        return c.sync();
    }

    private StatefulRedisConnection<String, String> awaitConnection(StatefulRedisConnection<String, String> broken) {
        CompletableFuture<StatefulRedisConnection<String, String>> attempt;
        synchronized (this) {
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
            if (pending != null) {
                attempt = pending; // join the connect already under way
            } else if (System.nanoTime() - retryNotBefore < 0) {
                throw new RedisConnectionException("Redis is unreachable (retrying shortly)");
            } else {
                CompletableFuture<StatefulRedisConnection<String, String>> started =
                        client.connectAsync(StringCodec.UTF8, uri).toCompletableFuture();
                pending = started;
                attempt = started;
                started.whenComplete((c, error) -> connected(started, c, error)); // may run right here
            }
        }
        try {
            return attempt.get(commandTimeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            throw new RedisCommandTimeoutException("connecting to Redis took longer than " + commandTimeout);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RedisException re
                    ? re
                    : new RedisConnectionException("cannot connect to Redis", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RedisConnectionException("interrupted while connecting to Redis", e);
        }
    }

    private synchronized void connected(
            CompletableFuture<StatefulRedisConnection<String, String>> attempt,
            StatefulRedisConnection<String, String> c,
            Throwable error) {
        if (pending == attempt) {
            pending = null;
        }
        if (error != null) {
            retryNotBefore = System.nanoTime() + RETRY_PAUSE_NANOS;
        } else if (closed) {
            c.closeAsync();
        } else {
            connection = c;
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
