package dev.flashkit.redis;

import io.lettuce.core.RedisException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulConnection;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.cluster.ClusterClientOptions;
import io.lettuce.core.cluster.ClusterTopologyRefreshOptions;
import io.lettuce.core.cluster.ClusterTopologyRefreshOptions.RefreshTrigger;
import io.lettuce.core.cluster.RedisClusterClient;
import io.lettuce.core.cluster.api.StatefulRedisClusterConnection;
import io.lettuce.core.cluster.api.async.RedisClusterAsyncCommands;
import io.lettuce.core.cluster.api.sync.RedisClusterCommands;
import io.lettuce.core.cluster.models.partitions.RedisClusterNode;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.event.command.CommandListener;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A Redis Cluster ({@link RedisClusterClient}) with the same at-most-once, fail-fast options as a
 * single server: no auto-reconnect (it would replay in-flight commands), commands rejected while a
 * node is disconnected. Each command goes to the master of its key's slot; {@code MOVED}/{@code ASK}
 * redirects are followed (the server ran nothing) and trigger a topology refresh, as do uncovered
 * slots and unknown nodes; the topology is also refreshed every minute and on every new connection.
 */
final class ClusterLink implements RedisLink {
    private static final Duration PERIODIC_REFRESH = Duration.ofMinutes(1);
    private static final Duration ADAPTIVE_REFRESH_PAUSE = Duration.ofSeconds(5);

    private final RedisClusterClient client;
    private final Duration commandTimeout;

    ClusterLink(List<RedisURI> seeds, Duration commandTimeout, Duration connectTimeout) {
        seeds.forEach(uri -> uri.setTimeout(commandTimeout));
        this.commandTimeout = commandTimeout;
        this.client = RedisClusterClient.create(seeds);
        client.setOptions(RedisLink.failFast(ClusterClientOptions.builder(), connectTimeout)
                .maxRedirects(5)
                .topologyRefreshOptions(ClusterTopologyRefreshOptions.builder()
                        .enableAdaptiveRefreshTrigger(
                                RefreshTrigger.MOVED_REDIRECT,
                                RefreshTrigger.ASK_REDIRECT,
                                RefreshTrigger.UNCOVERED_SLOT,
                                RefreshTrigger.UNKNOWN_NODE)
                        .adaptiveRefreshTriggersTimeout(ADAPTIVE_REFRESH_PAUSE)
                        .enablePeriodicRefresh(PERIODIC_REFRESH)
                        .build())
                .build());
    }

    /**
     * Loads the topology from the seed nodes, connects, and opens the connections to every master
     * (Lettuce opens node connections on first use, and with commands rejected while disconnected it
     * would reject the commands that wait for one). A master that cannot be reached does not stop the
     * others from being used; it is connected when it answers again.
     */
    @Override
    public CompletableFuture<StatefulRedisClusterConnection<String, String>> connect() {
        return client.refreshPartitionsAsync()
                .toCompletableFuture()
                .thenCompose(loaded -> client.connectAsync(StringCodec.UTF8))
                .thenCompose(connection -> CompletableFuture.allOf(masters(connection).stream()
                                .map(node -> connection
                                        .getConnectionAsync(
                                                node.getUri().getHost(),
                                                node.getUri().getPort())
                                        .exceptionally(unreachable -> null))
                                .toArray(CompletableFuture[]::new))
                        .completeOnTimeout(null, commandTimeout.toMillis() / 2, TimeUnit.MILLISECONDS)
                        .thenApply(connected -> connection));
    }

    private static List<RedisClusterNode> masters(StatefulRedisClusterConnection<String, String> connection) {
        return connection.getPartitions().stream()
                .filter(node -> node.is(RedisClusterNode.NodeFlag.UPSTREAM))
                .toList();
    }

    @Override
    public RedisClusterCommands<String, String> commands(StatefulConnection<String, String> connection) {
        return ((StatefulRedisClusterConnection<String, String>) connection).sync();
    }

    @Override
    public RedisClusterAsyncCommands<String, String> asyncCommands(StatefulConnection<String, String> connection) {
        return ((StatefulRedisClusterConnection<String, String>) connection).async();
    }

    /**
     * Without auto-reconnect a node connection that broke (the node restarted, the network dropped)
     * stays broken, so the whole cluster connection is replaced (with a fresh topology) when one is
     * found closed; a node that is down is not such a case (Lettuce does not keep a failed connect and
     * tries again on the next command).
     */
    @Override
    public boolean isBroken(StatefulConnection<String, String> connection, RedisException e) {
        String message = String.valueOf(e.getMessage());
        if (!(message.startsWith("Connection closed")
                || message.startsWith("Connection disconnected")
                || message.startsWith("Currently not connected"))) {
            return false;
        }
        StatefulRedisClusterConnection<String, String> cluster =
                (StatefulRedisClusterConnection<String, String>) connection;
        for (RedisClusterNode node : masters(cluster)) {
            CompletableFuture<StatefulRedisConnection<String, String>> nodeConnection = cluster.getConnectionAsync(
                    node.getUri().getHost(), node.getUri().getPort());
            if (nodeConnection.isDone()
                    && !nodeConnection.isCompletedExceptionally()
                    && !nodeConnection.join().isOpen()) {
                return true;
            }
        }
        return false;
    }

    /** Closed once commands other requests started on it have completed or timed out. */
    @Override
    public void retire(StatefulConnection<String, String> connection) {
        client.getResources()
                .eventExecutorGroup()
                .schedule(connection::closeAsync, commandTimeout.toMillis() + 100, TimeUnit.MILLISECONDS);
    }

    @Override
    public void addCommandListener(CommandListener listener) {
        client.addListener(listener);
    }

    @Override
    public void shutdown() {
        client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
    }
}
