package dev.flashkit.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flashkit.session.SessionStoreException;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Redis stopped, and separately frozen, while three nodes serve requests: no request outlives the
 * command timeout, failures are {@link SessionStoreException} only, flash messages are never
 * delivered twice, and the nodes recover within seconds with no leaked connections.
 */
class RedisFaultTest {
    private static final Duration TIMEOUT = Duration.ofMillis(500);
    /** A request does at most two commands (load, save); the rest is slack for a busy 2-core CI box. */
    private static final long MAX_REQUEST_MILLIS = 2 * TIMEOUT.toMillis() + 2500; // a hang is Lettuce's 60 s

    @RegisterExtension
    static final RedisExtension REDIS = RedisExtension.dedicated();

    private record Outcome(long startedNanos, long millis, Throwable failure) {}

    @Test
    void redisStoppedThenFrozen_requestsFailFastAndRecoverWithoutDuplicates(RedisTestServer redis) throws Exception {
        try (Nodes nodes = new Nodes(redis.uri(), 3, TIMEOUT)) {
            ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
            Map<String, AtomicInteger> deliveries = new ConcurrentHashMap<>();
            AtomicBoolean running = new AtomicBoolean(true);
            AtomicLong lastSuccess = new AtomicLong();
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                workers.add(pool.submit(() -> load(nodes, thread, running, outcomes, deliveries, lastSuccess)));
            }

            Thread.sleep(800);
            redis.stop();
            long stoppedAt = System.nanoTime();
            int failuresWhileDown = awaitFailuresSince(outcomes, stoppedAt, Duration.ofMillis(1500));
            redis.start();
            long restartedAt = System.nanoTime();
            long recoveredAt = awaitSuccessAfter(lastSuccess, restartedAt);

            Thread.sleep(500);
            redis.pause();
            long pausedAt = System.nanoTime();
            // at least longer than any request may take; more on a loaded machine until a failure is seen
            int failuresWhileFrozen = awaitFailuresSince(outcomes, pausedAt, Duration.ofMillis(3000));
            redis.resume();
            long resumedAt = System.nanoTime();
            long recoveredAgainAt = awaitSuccessAfter(lastSuccess, resumedAt);
            Thread.sleep(1000);
            long healthyFrom = System.nanoTime() - Duration.ofMillis(700).toNanos();
            running.set(false);
            for (Future<?> w : workers) {
                w.get();
            }
            pool.shutdown();

            assertThat(failuresWhileDown)
                    .as("requests failed while Redis was down")
                    .isPositive();
            assertThat(failuresWhileFrozen)
                    .as("requests failed while Redis was frozen")
                    .isPositive();
            assertThat(outcomes).allSatisfy(o -> {
                assertThat(o.millis()).as("request duration").isLessThan(MAX_REQUEST_MILLIS);
                if (o.failure() != null) {
                    assertThat(o.failure()).isInstanceOf(SessionStoreException.class);
                }
            });
            assertThat(Duration.ofNanos(recoveredAt - restartedAt)).isLessThan(Duration.ofSeconds(5));
            assertThat(Duration.ofNanos(recoveredAgainAt - resumedAt)).isLessThan(Duration.ofSeconds(5));
            assertThat(outcomes)
                    .filteredOn(o -> o.startedNanos() > healthyFrom)
                    .isNotEmpty()
                    .allSatisfy(o -> assertThat(o.failure()).isNull());
            assertThat(deliveries.values()).allSatisfy(n -> assertThat(n.get()).isEqualTo(1));
            assertThat(clientConnections(redis))
                    .as("one connection per node, none stuck")
                    .isEqualTo(nodes.size());
        }
    }

    private static void load(
            Nodes nodes,
            int thread,
            AtomicBoolean running,
            ConcurrentLinkedQueue<Outcome> outcomes,
            Map<String, AtomicInteger> deliveries,
            AtomicLong lastSuccess) {
        Visitor visitor = new Visitor();
        for (int i = 0; running.get(); i++) {
            int node = thread + i;
            String messageId = thread + "-" + i;
            long start = System.nanoTime();
            Throwable failure = null;
            try {
                visitor.send(nodes.node(node), "POST", "/work", (ctx, ex) -> {
                    long n = ctx.session().getLong("n", 0);
                    ctx.session().put("n", n + 1);
                    FlashQueue flash = nodes.store(node)
                            .flashQueue(java.time.Clock.systemUTC(), 100, new dev.flashkit.internal.Counters());
                    flash.push(
                            ctx.session().id(),
                            List.of(new FlashEntry(messageId, "", System.currentTimeMillis() + 60_000, "m")));
                    for (FlashEntry e : flash.claim(ctx.session().id(), "/work", List.of())) {
                        deliveries
                                .computeIfAbsent(e.id(), k -> new AtomicInteger())
                                .incrementAndGet();
                    }
                });
                lastSuccess.set(System.nanoTime());
            } catch (RuntimeException e) {
                failure = e;
                sleepQuietly(20); // a browser would not retry in a tight loop either
            }
            outcomes.add(new Outcome(start, (System.nanoTime() - start) / 1_000_000, failure));
        }
    }

    private static int failuresSince(ConcurrentLinkedQueue<Outcome> outcomes, long since) {
        return (int) outcomes.stream()
                .filter(o -> o.startedNanos() >= since && o.failure() != null)
                .count();
    }

    /** Waits at least {@code minimum}, then until a request started since {@code since} failed (10 s at most). */
    private static int awaitFailuresSince(ConcurrentLinkedQueue<Outcome> outcomes, long since, Duration minimum)
            throws InterruptedException {
        Thread.sleep(minimum.toMillis());
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (failuresSince(outcomes, since) == 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        return failuresSince(outcomes, since);
    }

    private static long awaitSuccessAfter(AtomicLong lastSuccess, long since) throws InterruptedException {
        long deadline = since + Duration.ofSeconds(10).toNanos();
        while (lastSuccess.get() <= since && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        return lastSuccess.get() > since ? lastSuccess.get() : deadline;
    }

    private static long clientConnections(RedisTestServer redis) {
        RedisClient client = RedisClient.create(redis.uri());
        try (StatefulRedisConnection<String, String> c = client.connect()) {
            return c.sync().clientList().lines().filter(l -> !l.isBlank()).count() - 1; // minus this one
        } finally {
            client.shutdown();
        }
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
