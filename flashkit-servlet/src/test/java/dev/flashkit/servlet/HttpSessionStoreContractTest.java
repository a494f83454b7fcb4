package dev.flashkit.servlet;

import dev.flashkit.Flashkit;
import dev.flashkit.FlashkitConfig;
import dev.flashkit.adaptertests.Browser;
import dev.flashkit.session.SessionStore;
import dev.flashkit.test.SessionStoreContract;
import dev.flashkit.test.TestClock;
import dev.flashkit.test.TestSecrets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The shared session-store contract for {@link HttpSessionStore} on real container sessions: embedded Jetty 12
 * runs {@link FlashkitFilter} with the store installed, and every store call of a test is one HTTP request of
 * that test's own browser ({@link StoreCallServlet}), so the store reads and writes the Jetty session its
 * {@code JSESSIONID} cookie names — one client, as in production. Every contract test applies: the store keeps
 * sessions on the server. Expiry runs on a test clock, which the store takes for its expiry decisions.
 */
class HttpSessionStoreContractTest extends SessionStoreContract {
    private static final TestClock CLOCK = new TestClock();
    private static StoreCallServlet calls;
    private static JettyServer server;

    private final SessionStore store = calls.through(new Browser(server.uri()));

    @BeforeAll
    static void start() throws Exception {
        HttpSessionStore httpSessionStore = HttpSessionStore.create(CLOCK);
        Flashkit flashkit = Flashkit.create(FlashkitConfig.builder()
                .secret(TestSecrets.random())
                .clock(CLOCK)
                .sessionStore(httpSessionStore)
                .build());
        calls = new StoreCallServlet(httpSessionStore);
        server = JettyServer.start(new FlashkitFilter(flashkit), calls, true);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Override
    protected SessionStore store() {
        return store;
    }

    @Override
    protected void advance(Duration duration) {
        CLOCK.advance(duration);
    }

    @Override
    protected Instant now() {
        return CLOCK.instant();
    }
}
