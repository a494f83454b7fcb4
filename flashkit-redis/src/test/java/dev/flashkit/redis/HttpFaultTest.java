package dev.flashkit.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flashkit.storetests.HttpVisitor;
import dev.flashkit.storetests.MiniApp;
import dev.flashkit.storetests.Outage;
import dev.flashkit.test.TestSecrets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What a user sees when Redis goes away (docs/redis.md, "Failure behaviour"): pages that need the
 * session answer 503 with Retry-After and a short message within the command timeout; pages that do
 * not are unaffected; once Redis is back, the same browser is served normally within seconds.
 */
class HttpFaultTest {
    private static final Duration TIMEOUT = Duration.ofMillis(500);

    @RegisterExtension
    static final RedisExtension REDIS = RedisExtension.dedicated();

    @Test
    void redisDownThenFrozenThenBack_pagesDegradeTo503AndRecover(RedisTestServer redis) throws Exception {
        String prefix = "httpfault:" + UUID.randomUUID() + ":";
        String secret = TestSecrets.random();
        List<RedisSessionStore> stores = new ArrayList<>();
        List<MiniApp> nodes = new ArrayList<>();
        try {
            for (int i = 0; i < 2; i++) {
                RedisSessionStore store = RedisSessionStore.builder(redis.uri())
                        .keyPrefix(prefix)
                        .commandTimeout(TIMEOUT)
                        .build();
                stores.add(store);
                nodes.add(new MiniApp(
                        "node" + i,
                        MiniApp.flashkit(secret, store, store.messageStorage()),
                        UnavailablePage::register));
            }
            HttpVisitor browser = new HttpVisitor();
            Outage.login(browser, nodes.get(0)); // the first connect of a cold JVM may exceed the short timeout
            assertThat(browser.get(nodes.get(1).url("/dashboard")).body()).contains("user=ada");

            redis.stop();
            assertDegraded(browser, nodes);
            redis.start(); // without persistence: every session ended, users log in again
            awaitServed(browser, nodes.get(1));

            Outage.login(browser, nodes.get(0));
            redis.pause();
            try {
                assertDegraded(browser, nodes);
            } finally {
                redis.resume();
            }
            awaitServed(browser, nodes.get(0));
            assertThat(browser.get(nodes.get(1).url("/dashboard")).body())
                    .as("frozen, not restarted: the session survived")
                    .contains("user=ada");
        } finally {
            nodes.forEach(MiniApp::close);
            stores.forEach(RedisSessionStore::close);
        }
    }

    private static void assertDegraded(HttpVisitor browser, List<MiniApp> nodes) throws Exception {
        Outage.assertDegraded(
                browser,
                nodes,
                "5",
                UnavailablePage.TEXT,
                TIMEOUT.multipliedBy(2).plusSeconds(1));
    }

    private static void awaitServed(HttpVisitor browser, MiniApp node) throws Exception {
        assertThat(Outage.awaitServed(browser, node, "/dashboard"))
                .as("served again within 5 s of Redis returning")
                .isEqualTo(200);
    }
}
