package dev.flashkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flashkit.spi.StoreUnavailable;
import dev.flashkit.storetests.HttpVisitor;
import dev.flashkit.storetests.MiniApp;
import dev.flashkit.storetests.Outage;
import dev.flashkit.test.TestSecrets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What a user sees when PostgreSQL goes away (docs/postgres.md, "Failure behaviour"): pages that need the
 * session answer 503 with {@code Retry-After} and no cookie within the timeout, whether the server is stopped or
 * frozen (SIGSTOP); pages that do not are unaffected; once it is back, the same browser is served again with
 * its session (PostgreSQL keeps it across the restart).
 */
class HttpFaultTest {
    private static final Duration TIMEOUT = Duration.ofMillis(500);

    @RegisterExtension
    static final PostgresExtension POSTGRES = PostgresExtension.dedicated();

    @Test
    void databaseStoppedThenFrozen_pagesDegradeTo503AndRecoverWithTheSession(PostgresTestServer server)
            throws Exception {
        String secret = TestSecrets.random();
        try (TestStores stores = new TestStores(server)) {
            List<MiniApp> nodes = new ArrayList<>();
            try {
                for (int i = 0; i < 2; i++) {
                    JdbcSessionStore store = stores.store(TIMEOUT);
                    nodes.add(new MiniApp("node" + i, MiniApp.flashkit(secret, store, store.messageStorage())));
                }
                HttpVisitor browser = new HttpVisitor();
                Outage.login(browser, nodes.get(0));
                assertThat(browser.get(nodes.get(1).url("/dashboard")).body()).contains("user=ada");

                server.stop();
                assertDegraded(browser, nodes);
                server.start();
                nodes.forEach(node -> awaitServed(browser, node)); // each pool reconnects on its own
                assertThat(browser.get(nodes.get(0).url("/dashboard")).body())
                        .as("stopped and restarted: the session is still in the database")
                        .contains("user=ada");

                browser.post(nodes.get(0).url("/notes"));
                server.pause();
                try {
                    assertDegraded(browser, nodes);
                } finally {
                    server.resume();
                }
                nodes.forEach(node -> awaitServed(browser, node));
                assertThat(browser.get(nodes.get(1).url("/notes")).body())
                        .as("frozen, then thawed: the session and its flash message survived")
                        .contains("user=ada")
                        .contains("Note added on node0");
            } finally {
                nodes.forEach(MiniApp::close);
            }
        }
    }

    private static void assertDegraded(HttpVisitor browser, List<MiniApp> nodes) throws Exception {
        List<Duration> took = Outage.assertDegraded(
                browser,
                nodes,
                "1",
                StoreUnavailable.TEXT,
                TIMEOUT.multipliedBy(4).plusSeconds(2));
        for (int i = 0; i < nodes.size(); i++) {
            System.out.println("HttpFaultTest: 503 after " + took.get(i).toMillis() + " ms on "
                    + nodes.get(i).url("/"));
        }
    }

    private static void awaitServed(HttpVisitor browser, MiniApp node) {
        try {
            long start = System.nanoTime();
            int status = Outage.awaitServed(browser, node, "/counters"); // reads the session, leaves messages
            System.out.println("HttpFaultTest: " + node.url("/") + " served again with status " + status + " after "
                    + Duration.ofNanos(System.nanoTime() - start).toMillis() + " ms");
            assertThat(status).as("served again once the database is back").isEqualTo(200);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
