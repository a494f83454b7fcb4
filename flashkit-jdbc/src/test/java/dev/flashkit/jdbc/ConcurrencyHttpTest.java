package dev.flashkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flashkit.session.SessionChanges;
import dev.flashkit.session.SessionData;
import dev.flashkit.storetests.HttpVisitor;
import dev.flashkit.storetests.MiniApp;
import dev.flashkit.storetests.SharedSessionLoad;
import dev.flashkit.test.TestSecrets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 18 item 6 over real HTTP: 32 client threads × 500 requests on ONE session, spread over three instances
 * sharing PostgreSQL, half adding a message (and bumping the thread's own session key), half displaying
 * messages. Meanwhile other sessions expire and the cleanup deletes them in small batches. Every message is
 * displayed exactly once, every session key write persists, and the cleanup neither fails nor deadlocks.
 */
@ExtendWith(PostgresExtension.class)
class ConcurrencyHttpTest {
    private static final int THREADS = 32;
    private static final int REQUESTS = 500;
    private static final int EXPIRING = 2_000;

    @Test
    void parallelRequestsOnOneSession_messagesExactlyOnceAllKeysPersistAndCleanupRuns(PostgresTestServer server)
            throws Exception {
        String secret = TestSecrets.random();
        try (TestStores stores = new TestStores(server)) {
            List<JdbcSessionStore> nodesStores = new ArrayList<>();
            List<MiniApp> nodes = new ArrayList<>();
            try {
                for (int i = 0; i < 3; i++) {
                    JdbcSessionStore store = stores.store(TestStores.RELAXED);
                    nodesStores.add(store);
                    nodes.add(new MiniApp("node" + i, MiniApp.flashkit(secret, store, store.messageStorage())));
                }
                // a fourth instance only cleans, in small batches
                JdbcSessionStore cleaner = stores.store(stores.builder(stores.dataSource(TestStores.RELAXED))
                        .timeout(TestStores.RELAXED)
                        .cleanupBatchSize(50));
                HttpVisitor browser = new HttpVisitor();
                assertThat(browser.post(nodes.get(0).url("/login")).statusCode())
                        .isEqualTo(302);
                SharedSessionLoad load = new SharedSessionLoad(browser, nodes, THREADS, REQUESTS);

                ExecutorService pool = Executors.newFixedThreadPool(THREADS + 2);
                AtomicBoolean running = new AtomicBoolean(true);
                AtomicInteger cleanupRuns = new AtomicInteger();
                AtomicInteger deletedDuringLoad = new AtomicInteger();
                Future<?> expiring = pool.submit(() -> seedExpiringSessions(cleaner));
                Future<?> cleanup = pool.submit(() -> {
                    while (running.get()) {
                        deletedDuringLoad.addAndGet(cleaner.deleteExpired());
                        cleanupRuns.incrementAndGet();
                        Thread.sleep(20);
                    }
                    return null;
                });
                List<Future<?>> done = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    done.add(pool.submit(load.client(t)));
                }
                for (Future<?> f : done) {
                    f.get();
                }
                expiring.get();
                running.set(false);
                cleanup.get(); // rethrows a cleanup failure (a deadlock would surface as an SQLState 40P01)
                pool.shutdown();
                load.assertEveryMessageOnceAndEveryKey();
                Thread.sleep(1_100); // the last seeded sessions expire
                int deletedAfter = cleaner.deleteExpired();

                assertThat(deletedDuringLoad.get() + deletedAfter).isEqualTo(EXPIRING);
                System.out.printf(
                        "ConcurrencyHttpTest: %d requests, %d messages shown once each; cleanup ran %d times during"
                                + " the load and deleted %d of %d expiring sessions (%d after it), no error%n",
                        THREADS * REQUESTS,
                        load.shown(),
                        cleanupRuns.get(),
                        deletedDuringLoad.get(),
                        EXPIRING,
                        deletedAfter);
            } finally {
                nodes.forEach(MiniApp::close);
            }
        }
    }

    /** Sessions with attributes that live one second, created while the load runs. */
    private static Void seedExpiringSessions(JdbcSessionStore store) throws InterruptedException {
        for (int i = 0; i < EXPIRING; i++) {
            Instant now = Instant.now();
            SessionData data =
                    new SessionData(store.newId(null), 0, now, now, Map.of("user", "u" + i, "cart", i), false);
            store.save(data, new SessionChanges(true, null, false, data.attributes(), Set.of()), Duration.ofSeconds(1));
            if (i % 100 == 99) {
                Thread.sleep(50);
            }
        }
        return null;
    }
}
