package dev.flashkit.redis;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisException;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.api.StatefulConnection;
import io.lettuce.core.cluster.api.async.RedisClusterAsyncCommands;
import io.lettuce.core.cluster.api.sync.RedisClusterCommands;
import io.lettuce.core.event.command.CommandListener;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * How {@link RedisConnector} reaches Redis: one server or Sentinel ({@link StandaloneLink}) or a Redis
 * Cluster ({@link ClusterLink}). Both are configured to fail fast and never replay a command.
 */
interface RedisLink {
    /** Opens a new connection in the background. */
    CompletableFuture<? extends StatefulConnection<String, String>> connect();

    /** The synchronous commands of a connection this link opened. */
    RedisClusterCommands<String, String> commands(StatefulConnection<String, String> connection);

    /** The asynchronous commands of a connection this link opened (the non-blocking path). */
    RedisClusterAsyncCommands<String, String> asyncCommands(StatefulConnection<String, String> connection);

    /** Whether {@code connection}, on which a command failed with {@code e}, should be replaced. */
    boolean isBroken(StatefulConnection<String, String> connection, RedisException e);

    /** Closes a connection the connector no longer hands out. */
    void retire(StatefulConnection<String, String> connection);

    /** Observes every command the client sends. */
    void addCommandListener(CommandListener listener);

    /** Stops the client and its threads. */
    void shutdown();

    /**
     * The options both links share, set on {@code builder}: no automatic reconnect (so no command is replayed),
     * commands refused while disconnected, and a bounded connect.
     */
    static <B extends ClientOptions.Builder> B failFast(B builder, Duration connectTimeout) {
        builder.autoReconnect(false)
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .socketOptions(SocketOptions.builder()
                        .connectTimeout(connectTimeout)
                        .keepAlive(true)
                        .build());
        return builder;
    }
}
