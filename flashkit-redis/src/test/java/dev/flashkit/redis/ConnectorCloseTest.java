package dev.flashkit.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.lettuce.core.RedisException;
import io.lettuce.core.api.StatefulConnection;
import io.lettuce.core.cluster.api.async.RedisClusterAsyncCommands;
import io.lettuce.core.cluster.api.sync.RedisClusterCommands;
import io.lettuce.core.event.command.CommandListener;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Closing a store while a connect is under way: Lettuce completes the connect on one of its own threads, and
 * its shutdown waits for those threads. The link below does the same with one thread of its own, so the test
 * needs no Redis and hits the interleaving every time.
 */
class ConnectorCloseTest {

    @Test
    void close_connectCompletingDuringShutdown_returns() throws Exception {
        EventLoopLink link = new EventLoopLink();
        RedisConnector connector = new RedisConnector(link, Duration.ofSeconds(30));
        Thread request = new Thread(() -> {
            try {
                connector.commands();
            } catch (RedisException expected) { // the store closed under it
            }
        });
        request.start();
        assertThat(link.connectStarted.await(10, TimeUnit.SECONDS)).isTrue();

        assertTimeoutPreemptively(Duration.ofSeconds(10), connector::close, "close() deadlocked");
        assertThat(link.eventLoopDone).isTrue();
        request.interrupt();
        request.join(10_000);
    }

    /** Completes the connect on its own "event loop" thread from within shutdown, then waits for that thread. */
    private static final class EventLoopLink implements RedisLink {
        final CountDownLatch connectStarted = new CountDownLatch(1);
        final CompletableFuture<StatefulConnection<String, String>> connect = new CompletableFuture<>();
        volatile boolean eventLoopDone;

        @Override
        public CompletableFuture<? extends StatefulConnection<String, String>> connect() {
            connectStarted.countDown();
            return connect;
        }

        @Override
        public void shutdown() {
            Thread eventLoop = new Thread(() -> {
                connect.completeExceptionally(new RedisException("shutting down"));
                eventLoopDone = true;
            });
            eventLoop.start();
            try {
                eventLoop.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public RedisClusterCommands<String, String> commands(StatefulConnection<String, String> connection) {
            throw new UnsupportedOperationException();
        }

        @Override
        public RedisClusterAsyncCommands<String, String> asyncCommands(StatefulConnection<String, String> connection) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean isBroken(StatefulConnection<String, String> connection, RedisException e) {
            return true;
        }

        @Override
        public void retire(StatefulConnection<String, String> connection) {}

        @Override
        public void addCommandListener(CommandListener listener) {}
    }
}
