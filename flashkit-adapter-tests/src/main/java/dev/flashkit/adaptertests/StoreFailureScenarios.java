package dev.flashkit.adaptertests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What every adapter does when the session store fails (Redis down or timing out), run on each adapter:
 * {@code 503 Service Unavailable} with {@code Retry-After: 1} and a short page — never a 500, never a
 * Flashkit cookie — and the session resumes unchanged once the store works again (docs/redis.md).
 * Subclasses start a server serving {@link ScenarioRoutes} with Flashkit on the given store.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class StoreFailureScenarios {
    private final FailingSessionStore store = new FailingSessionStore();
    private URI base;

    /** Starts the adapter's server serving {@link ScenarioRoutes}, Flashkit installed with {@code store}. */
    protected abstract URI start(FailingSessionStore store) throws Exception;

    /** Stops what {@link #start} started. */
    protected abstract void stop() throws Exception;

    @BeforeAll
    final void startServer() throws Exception {
        base = start(store);
    }

    @AfterAll
    final void stopServer() throws Exception {
        stop();
    }

    @AfterEach
    final void healStore() {
        store.heal();
    }

    @Test
    void load_storeFails_answers503WithRetryAfterAndKeepsCookie() {
        Browser browser = loggedIn();
        String cookie = browser.cookie(AdapterScenarios.SESSION_COOKIE);
        store.failLoads(true);

        Browser.Page page = browser.get("/session");

        assertUnavailable(page);
        assertThat(browser.cookie(AdapterScenarios.SESSION_COOKIE)).isEqualTo(cookie);
        store.heal();
        assertThat(browser.get("/session").body()).contains("user=ada");
    }

    @Test
    void load_storeFailsInsideTemplate_answers503ThoughWrapped() {
        Browser browser = loggedIn();
        String cookie = browser.cookie(AdapterScenarios.SESSION_COOKIE);
        store.failLoads(true);

        Browser.Page page = browser.get("/template/session");

        assertUnavailable(page);
        assertThat(browser.cookie(AdapterScenarios.SESSION_COOKIE)).isEqualTo(cookie);
        store.heal();
        assertThat(browser.get("/template/session").body()).contains("user=ada");
    }

    @Test
    void save_storeFails_answers503AndKeepsOldSession() {
        Browser browser = loggedIn();
        store.failSaves(true);

        Browser.Page post = browser.post("/session?key=cart&value=3");

        assertUnavailable(post);
        store.heal();
        Browser.Page page = browser.get("/session");
        assertThat(page.body()).contains("user=ada").doesNotContain("cart=");
    }

    @Test
    void load_storeFailsAndApplicationAnswers500_answers503() {
        Browser browser = loggedIn();
        String cookie = browser.cookie(AdapterScenarios.SESSION_COOKIE);
        store.failLoads(true);

        Browser.Page page = browser.get("/error-page/session");

        assertUnavailable(page);
        assertThat(browser.cookie(AdapterScenarios.SESSION_COOKIE)).isEqualTo(cookie);
    }

    @Test
    void save_storeFailsAndApplicationAnswers500_answers503AndKeepsOldSession() {
        Browser browser = loggedIn();
        store.failSaves(true);

        Browser.Page post = browser.post("/error-page/session?key=cart&value=3");

        assertUnavailable(post);
        store.heal();
        assertThat(browser.get("/session").body()).contains("user=ada").doesNotContain("cart=");
    }

    @Test
    void save_storeFailsAfterMessagesWereStored_writesNoMessagesCookie() {
        Browser browser = loggedIn();
        store.failSaves(true);

        Browser.Page post = browser.post("/flood?n=60"); // more than the cookie holds: spills into the session

        assertUnavailable(post);
        store.heal();
        assertThat(browser.get("/items").body()).isEqualTo("messages:\n");
    }

    @Test
    void load_storeFailsForMessages_answers503AndKeepsMessages() {
        Browser browser = loggedIn();
        browser.post("/flood?n=60");
        store.failLoads(true);

        Browser.Page page = browser.get("/items");

        assertUnavailable(page);
        store.heal();
        assertThat(browser.get("/items").body()).contains("Message #60");
    }

    @Test
    void plainPage_storeFails_isUnaffected() {
        store.failLoads(true);
        store.failSaves(true);

        Browser.Page page = new Browser(base).get("/plain");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).isEqualTo("plain");
    }

    private Browser loggedIn() {
        Browser browser = new Browser(base);
        Browser.Page login = browser.post("/login?user=ada");
        assertThat(login.status()).as("login before the store fails").isEqualTo(303);
        assertThat(browser.cookie(AdapterScenarios.SESSION_COOKIE)).isNotNull();
        return browser;
    }

    private static void assertUnavailable(Browser.Page page) {
        assertThat(page.status()).as(page.toString()).isEqualTo(503);
        assertThat(page.header("Retry-After")).isEqualTo("1");
        assertThat(page.body()).contains("temporarily unavailable");
        assertThat(page.setCookies()).isEmpty();
    }
}
