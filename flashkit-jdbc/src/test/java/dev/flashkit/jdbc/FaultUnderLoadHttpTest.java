package dev.flashkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flashkit.storetests.HttpVisitor;
import dev.flashkit.storetests.MiniApp;
import dev.flashkit.test.TestSecrets;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * PostgreSQL stopped in the middle of a run, then frozen (SIGSTOP), while 8 clients keep adding and displaying
 * messages over two instances: every answer is a 200 or a 503 (never another 5xx), none waits past the timeout
 * bound, no message is ever shown twice, and once the server is back every client is served again.
 */
class FaultUnderLoadHttpTest {
    private static final Duration TIMEOUT = Duration.ofMillis(500);
    private static final int CLIENTS = 8;

    @RegisterExtension
    static final PostgresExtension POSTGRES = PostgresExtension.dedicated();

    @Test
    void databaseStoppedAndFrozenMidRun_only200Or503NoDuplicateAndAllRecover(PostgresTestServer server)
            throws Exception {
        String secret = TestSecrets.random();
        try (TestStores stores = new TestStores(server)) {
            List<MiniApp> nodes = new ArrayList<>();
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
            try {
                for (int i = 0; i < 2; i++) {
                    JdbcSessionStore store = stores.store(TIMEOUT);
                    nodes.add(new MiniApp("node" + i, MiniApp.flashkit(secret, store, store.messageStorage())));
                }
                Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
                Map<String, AtomicInteger> shown = new ConcurrentHashMap<>();
                AtomicLong slowest = new AtomicLong();
                AtomicBoolean running = new AtomicBoolean(true);
                List<Future<?>> clients = new ArrayList<>();
                for (int c = 0; c < CLIENTS; c++) {
                    int client = c;
                    clients.add(pool.submit(() -> {
                        HttpVisitor browser = new HttpVisitor();
                        for (int i = 0; running.get(); i++) {
                            MiniApp node = nodes.get((client + i) % nodes.size());
                            long start = System.nanoTime();
                            HttpResponse<String> r = i % 2 == 0
                                    ? browser.post(node.url("/add?text=m-" + client + "-" + i))
                                    : browser.get(node.url("/show"));
                            slowest.accumulateAndGet(System.nanoTime() - start, Math::max);
                            statuses.computeIfAbsent(r.statusCode(), k -> new AtomicInteger())
                                    .incrementAndGet();
                            if (r.statusCode() == 200 && i % 2 == 1) {
                                r.body().lines().forEach(text -> shown.computeIfAbsent(text, k -> new AtomicInteger())
                                        .incrementAndGet());
                            }
                        }
                        return null;
                    }));
                }
                Thread.sleep(1_000);
                server.stop();
                Thread.sleep(2_000);
                server.start();
                Thread.sleep(2_000);
                server.pause();
                try {
                    Thread.sleep(2_000);
                } finally {
                    server.resume();
                }
                Thread.sleep(1_000);
                int before = statuses.getOrDefault(200, new AtomicInteger()).get();
                Thread.sleep(5_000); // every pool reconnects within this
                int served = statuses.getOrDefault(200, new AtomicInteger()).get() - before;
                running.set(false);
                for (Future<?> f : clients) {
                    f.get();
                }
                System.out.println("FaultUnderLoadHttpTest: statuses " + statuses + ", slowest answer "
                        + Duration.ofNanos(slowest.get()).toMillis() + " ms, " + shown.size()
                        + " messages shown, " + served + " requests served in the last 5 s");

                assertThat(statuses.keySet()).containsOnly(200, 503).contains(503);
                assertThat(shown.values())
                        .allSatisfy(n -> assertThat(n.get()).as("times shown").isEqualTo(1));
                assertThat(Duration.ofNanos(slowest.get()))
                        .as("no hang past the timeout")
                        .isLessThan(TIMEOUT.multipliedBy(4).plusSeconds(2));
                assertThat(served).as("served again after the server is back").isGreaterThan(CLIENTS);
            } finally {
                pool.shutdownNow();
                nodes.forEach(MiniApp::close);
            }
        }
    }
}
