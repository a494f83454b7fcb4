package dev.flashkit.redis;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulConnection;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.cluster.api.async.RedisClusterAsyncCommands;
import io.lettuce.core.cluster.api.sync.RedisClusterCommands;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.event.command.CommandListener;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** One Redis server, directly or through Sentinel ({@link RedisClient}), without auto-reconnect. */
final class StandaloneLink implements RedisLink {
    private final RedisClient client;
    private final RedisURI uri;

    StandaloneLink(RedisURI uri, Duration commandTimeout, Duration connectTimeout) {
        uri.setTimeout(commandTimeout);
        this.uri = uri;
        this.client = RedisClient.create(uri);
        client.setOptions(
                RedisLink.failFast(ClientOptions.builder(), connectTimeout).build());
    }

    @Override
    public CompletableFuture<StatefulRedisConnection<String, String>> connect() {
        return client.connectAsync(StringCodec.UTF8, uri).toCompletableFuture();
    }

    @Override
    public RedisClusterCommands<String, String> commands(StatefulConnection<String, String> connection) {
        return ((StatefulRedisConnection<String, String>) connection).sync();
    }

    @Override
    public RedisClusterAsyncCommands<String, String> asyncCommands(StatefulConnection<String, String> connection) {
        return ((StatefulRedisConnection<String, String>) connection).async();
    }

    /**
     * After a Sentinel failover the old primary may still accept connections but refuse writes
     * ({@code READONLY}); a new connection asks Sentinel again for the current primary.
     */
    @Override
    public boolean isBroken(StatefulConnection<String, String> connection, RedisException e) {
        String message = e.getMessage();
        return message != null && (message.startsWith("READONLY") || message.startsWith("MASTERDOWN"));
    }

    @Override
    public void retire(StatefulConnection<String, String> connection) {
        connection.closeAsync();
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
