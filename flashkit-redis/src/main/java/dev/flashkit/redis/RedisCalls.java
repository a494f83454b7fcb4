package dev.flashkit.redis;

import dev.flashkit.internal.Stages;
import dev.flashkit.session.SessionStoreException;
import io.lettuce.core.RedisCommandTimeoutException;
import io.lettuce.core.RedisException;
import io.lettuce.core.cluster.api.async.RedisClusterAsyncCommands;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.Supplier;

/** Turns Lettuce failures (timeout, refused, rejected while disconnected) into Flashkit's store exception. */
final class RedisCalls {
    private RedisCalls() {}

    static <T> T call(RedisConnector connector, String what, Supplier<T> command) {
        try {
            return command.get();
        } catch (RedisException e) {
            throw failure(connector, what, e);
        }
    }

    /**
     * {@link #call} on the asynchronous API: the stage fails with {@link SessionStoreException} when Redis fails
     * or the command takes longer than {@code timeout} (as a synchronous command would), and never blocks.
     */
    static <T> CompletionStage<T> callAsync(
            RedisConnector connector,
            String what,
            Duration timeout,
            Function<RedisClusterAsyncCommands<String, String>, CompletionStage<T>> command) {
        return connector
                .asyncCommands()
                .thenCompose(command)
                .toCompletableFuture()
                .orTimeout(timeout.toNanos(), TimeUnit.NANOSECONDS)
                .handle((result, error) -> {
                    if (error == null) {
                        return result;
                    }
                    Throwable cause = Stages.unwrap(error);
                    if (cause instanceof TimeoutException) {
                        cause = new RedisCommandTimeoutException("Command timed out after " + timeout);
                    }
                    if (cause instanceof RedisException e) {
                        throw new CompletionException(failure(connector, what, e));
                    }
                    throw new CompletionException(cause);
                });
    }

    private static SessionStoreException failure(RedisConnector connector, String what, RedisException e) {
        connector.failed(e);
        // Lettuce messages name the failure, never command arguments; the cause keeps the detail.
        return new SessionStoreException(
                "Redis session store could not " + what + ": " + e.getClass().getSimpleName(), e);
    }
}
