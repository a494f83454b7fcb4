package dev.flashkit.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flashkit.storetests.HttpVisitor;
import dev.flashkit.storetests.MiniApp;
import dev.flashkit.storetests.SharedSessionLoad;
import dev.flashkit.test.TestSecrets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 6 §4 over real HTTP: 32 client threads × 500 requests on ONE session, spread over three
 * instances sharing Redis, half adding a message (and bumping the thread's own session key), half
 * displaying messages. Every message is displayed exactly once, and every session key write persists.
 */
@ExtendWith(RedisExtension.class)
class ConcurrencyHttpTest {
    private static final int THREADS = 32;
    private static final int REQUESTS = 500;

    @Test
    void parallelRequestsOnOneSession_messagesExactlyOnceAndAllKeysPersist(RedisTestServer redis) throws Exception {
        String prefix = "concurrency:" + UUID.randomUUID() + ":";
        String secret = TestSecrets.random();
        List<RedisSessionStore> stores = new ArrayList<>();
        List<MiniApp> nodes = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                RedisSessionStore store = RedisSessionStore.builder(redis.uri())
                        .keyPrefix(prefix)
                        .commandTimeout(TestTimeouts.RELAXED)
                        .build();
                stores.add(store);
                nodes.add(new MiniApp(
                        "node" + i,
                        MiniApp.flashkit(secret, store, store.messageStorage()),
                        UnavailablePage::register));
            }
            HttpVisitor browser = new HttpVisitor();
            assertThat(browser.post(nodes.get(0).url("/login")).statusCode()).isEqualTo(302);
            SharedSessionLoad load = new SharedSessionLoad(browser, nodes, THREADS, REQUESTS);

            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                done.add(pool.submit(load.client(t)));
            }
            for (Future<?> f : done) {
                f.get();
            }
            pool.shutdown();
            load.assertEveryMessageOnceAndEveryKey();
        } finally {
            nodes.forEach(MiniApp::close);
            stores.forEach(RedisSessionStore::close);
        }
    }
}
