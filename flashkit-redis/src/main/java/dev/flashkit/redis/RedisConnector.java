package dev.flashkit.redis;

import io.lettuce.core.RedisCommandTimeoutException;
import io.lettuce.core.RedisConnectionException;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulConnection;
import io.lettuce.core.cluster.api.async.RedisClusterAsyncCommands;
import io.lettuce.core.cluster.api.sync.RedisClusterCommands;
import io.lettuce.core.event.command.CommandListener;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Owns the Lettuce client and its single shared, thread-safe connection (Lettuce pipelines
 * concurrent commands over it) to one server, a Sentinel-managed primary or a Redis Cluster
 * ({@link RedisLink}). Tuned to fail fast and never to run a command twice:
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

    private final RedisLink link;
    private final Duration commandTimeout;
    private volatile StatefulConnection<String, String> connection;
    private CompletableFuture<? extends StatefulConnection<String, String>> pending;
    private long retryNotBefore;
    private boolean closed;

    /** One server, or a primary found through Sentinel. */
    RedisConnector(RedisURI uri, Duration commandTimeout) {
        this(new StandaloneLink(uri, commandTimeout, connectTimeout(commandTimeout)), commandTimeout);
    }

    RedisConnector(RedisLink link, Duration commandTimeout) {
        this.link = link;
        this.commandTimeout = commandTimeout;
    }

    /** A Redis Cluster, discovered from these seed nodes. */
    static RedisConnector cluster(List<RedisURI> seeds, Duration commandTimeout) {
        return new RedisConnector(
                new ClusterLink(seeds, commandTimeout, connectTimeout(commandTimeout)), commandTimeout);
    }

    /** Connecting may take longer than a command (a slow first handshake still completes). */
    private static Duration connectTimeout(Duration commandTimeout) {
        return commandTimeout.compareTo(MIN_CONNECT_TIMEOUT) > 0 ? commandTimeout : MIN_CONNECT_TIMEOUT;
    }

    /** Observes every command this client sends (tests count round trips with it). */
    void addCommandListener(CommandListener listener) {
        link.addCommandListener(listener);
    }

    /** The shared synchronous command API; (re)connects when there is no open connection. */
    RedisClusterCommands<String, String> commands() {
        StatefulConnection<String, String> c = connection;
        if (c == null || !c.isOpen()) {
            c = awaitConnection(c);
        }
        return link.commands(c);
    }

    /**
     * The shared asynchronous command API, for the non-blocking path: never waits. Without an open connection
     * it completes when a (re)connect finishes, failing after the command timeout, as {@link #commands()} does.
     */
    CompletionStage<RedisClusterAsyncCommands<String, String>> asyncCommands() {
        StatefulConnection<String, String> c = connection;
        if (c != null && c.isOpen()) {
            return CompletableFuture.completedFuture(link.asyncCommands(c));
        }
        CompletableFuture<? extends StatefulConnection<String, String>> attempt;
        try {
            attempt = connecting(c);
        } catch (RedisException e) {
            return CompletableFuture.failedFuture(e);
        }
        return attempt.copy()
                .orTimeout(commandTimeout.toNanos(), TimeUnit.NANOSECONDS)
                .handle((open, error) -> {
                    if (error == null) {
                        return link.asyncCommands(open);
                    }
                    throw new CompletionException(connectFailure(error));
                });
    }

    private StatefulConnection<String, String> awaitConnection(StatefulConnection<String, String> broken) {
        CompletableFuture<? extends StatefulConnection<String, String>> attempt = connecting(broken);
        try {
            return attempt.get(commandTimeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException | ExecutionException e) {
            throw connectFailure(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RedisConnectionException("interrupted while connecting to Redis", e);
        }
    }

    /** Why connecting failed, as the Lettuce exception a command would have thrown. */
    private RedisException connectFailure(Throwable error) {
        Throwable cause =
                error instanceof ExecutionException || error instanceof CompletionException ? error.getCause() : error;
        if (cause instanceof TimeoutException) {
            return new RedisCommandTimeoutException("connecting to Redis took longer than " + commandTimeout);
        }
        return cause instanceof RedisException re ? re : new RedisConnectionException("cannot connect to Redis", cause);
    }

    /** The open connection (completed), or the connect under way, started when none is. */
    private CompletableFuture<? extends StatefulConnection<String, String>> connecting(
            StatefulConnection<String, String> broken) {
        CompletableFuture<? extends StatefulConnection<String, String>> attempt;
        synchronized (this) {
            if (closed) {
                throw new RedisConnectionException("the Redis session store is closed");
            }
            StatefulConnection<String, String> current = connection;
            if (current != null && current != broken && current.isOpen()) {
                return CompletableFuture.completedFuture(current); // another request reconnected meanwhile
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
                CompletableFuture<? extends StatefulConnection<String, String>> started = link.connect();
                pending = started;
                attempt = started;
                started.whenComplete((c, error) -> connected(started, c, error)); // may run right here
            }
        }
        return attempt;
    }

    private synchronized void connected(
            CompletableFuture<? extends StatefulConnection<String, String>> attempt,
            StatefulConnection<String, String> c,
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
     * Drops the connection after an error that means it is of no further use (the link decides: a
     * {@code READONLY} old primary after a Sentinel failover, a broken Redis Cluster node); the next
     * request opens a new one.
     */
    void failed(RedisException e) {
        StatefulConnection<String, String> current = connection;
        if (current == null) {
            return;
        }
        boolean broken;
        try {
            broken = link.isBroken(current, e);
        } catch (RuntimeException inspecting) { // the caller reports e; a connection that cannot be inspected goes
            broken = true;
        }
        if (broken) {
            discard(current);
        }
    }

    private synchronized void discard(StatefulConnection<String, String> broken) {
        if (broken != null && connection == broken) {
            link.retire(broken);
            connection = null;
        }
    }

    /**
     * Closes the connection and shuts the client down. The shutdown runs outside this object's lock: it waits
     * for Lettuce's threads, and a connect completing on one of them meanwhile needs the lock ({@code connected}).
     */
    @Override
    public void close() {
        StatefulConnection<String, String> open;
        synchronized (this) {
            closed = true;
            open = connection;
            connection = null;
        }
        if (open != null) {
            open.close();
        }
        link.shutdown();
    }
}
