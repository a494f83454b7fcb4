package dev.flashkit.redis;

import io.lettuce.core.RedisException;
import io.lettuce.core.api.StatefulConnection;
import io.lettuce.core.cluster.api.sync.RedisClusterCommands;
import io.lettuce.core.event.command.CommandListener;
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

    /** Whether {@code connection}, on which a command failed with {@code e}, should be replaced. */
    boolean isBroken(StatefulConnection<String, String> connection, RedisException e);

    /** Closes a connection the connector no longer hands out. */
    void retire(StatefulConnection<String, String> connection);

    /** Observes every command the client sends. */
    void addCommandListener(CommandListener listener);

    /** Stops the client and its threads. */
    void shutdown();
}
