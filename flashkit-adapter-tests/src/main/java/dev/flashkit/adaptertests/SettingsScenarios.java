package dev.flashkit.adaptertests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flashkit.test.SetCookie;
import dev.flashkit.test.TestClock;
import dev.flashkit.test.TestSecrets;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The scenarios of a Flashkit configured through its settings table, run on every adapter: browser-session
 * cookies ({@code FLASHKIT_SESSION_COOKIE_PERSISTENT=false}) whose payload still enforces the idle timeout and
 * the maximum age, messages that expire, and i18n keys shown in the reader's locale. The server runs on a
 * {@link TestClock} the tests move forward, so nothing waits. Subclasses start a server serving {@link
 * ScenarioRoutes} with Flashkit configured from {@link #SETTINGS} (as environment variables, or as the Spring
 * properties the table names) and the given clock.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class SettingsScenarios {
    /** The settings, as {@code FLASHKIT_*} variables; {@code FLASHKIT_SECRET} is added, random per class. */
    public static final Map<String, String> SETTINGS = Map.of(
            "FLASHKIT_SESSION_COOKIE_PERSISTENT", "false",
            "FLASHKIT_SESSION_IDLE_TIMEOUT", "30m",
            "FLASHKIT_SESSION_MAX_AGE", "8h",
            "FLASHKIT_MESSAGES_MAX_AGE", "10m",
            "FLASHKIT_MESSAGES_BUNDLE", "dev.flashkit.adaptertests.labels");

    private final TestClock clock = new TestClock();
    private URI base;

    /** Starts the adapter's server serving {@link ScenarioRoutes}, Flashkit set from {@code settings} and {@code clock}. */
    protected abstract URI start(Map<String, String> settings, Clock clock) throws Exception;

    /** Stops what {@link #start} started. */
    protected abstract void stop() throws Exception;

    @BeforeAll
    final void startServer() throws Exception {
        Map<String, String> settings = new java.util.HashMap<>(SETTINGS);
        settings.put("FLASHKIT_SECRET", TestSecrets.random());
        base = start(Map.copyOf(settings), clock);
    }

    @AfterAll
    final void stopServer() throws Exception {
        stop();
    }

    /** Whether flash messages wait in the messages cookie (the default storage), rather than in Redis. */
    protected boolean messagesInCookie() {
        return true;
    }

    private Browser browser() {
        return new Browser(base);
    }

    @Test
    void browserSessionCookies_sessionAndMessages_haveNoMaxAgeNoExpires() {
        Browser browser = browser();

        Browser.Page session = browser.post("/session?key=cart&value=3");
        Browser.Page message = browser.post("/items?name=tea");

        SetCookie[] cookies = messagesInCookie()
                ? new SetCookie[] {
                    session.setCookie(AdapterScenarios.SESSION_COOKIE),
                    message.setCookie(AdapterScenarios.MESSAGES_COOKIE)
                }
                : new SetCookie[] {session.setCookie(AdapterScenarios.SESSION_COOKIE)};
        for (SetCookie cookie : cookies) {
            assertThat(cookie).isNotNull();
            assertThat(cookie.attribute("Max-Age")).as(cookie.name()).isNull();
            assertThat(cookie.attribute("Expires")).as(cookie.name()).isNull();
            assertThat(cookie.has("HttpOnly")).as(cookie.name()).isTrue();
        }
    }

    @Test
    void browserSessionCookie_replayedWithinIdleTimeout_opensTheSession() {
        Browser browser = browser();
        browser.post("/session?key=cart&value=3");

        clock.advance(Duration.ofMinutes(29));

        assertThat(browser.get("/session").body()).contains("cart=3");
    }

    @Test
    void browserSessionCookie_replayedAfterIdleTimeout_opensAnEmptySession() {
        Browser browser = browser();
        browser.post("/session?key=cart&value=3");
        String cookie = browser.cookie(AdapterScenarios.SESSION_COOKIE);

        clock.advance(Duration.ofMinutes(31));
        browser.setCookie(AdapterScenarios.SESSION_COOKIE, cookie); // a browser that never closed still sends it

        Browser.Page page = browser.get("/session");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("cart=").doesNotContain("id=");
    }

    @Test
    void browserSessionCookie_activeBeyondMaxAge_opensAnEmptySession() {
        Browser browser = browser();
        browser.post("/session?key=cart&value=3");

        for (int i = 0; i < 23; i++) { // active every 20 minutes: the idle timeout never ends it
            clock.advance(Duration.ofMinutes(20));
            assertThat(browser.get("/session").body()).contains("cart=3");
        }
        clock.advance(Duration.ofMinutes(21)); // 8 h 1 min after creation

        assertThat(browser.get("/session").body()).doesNotContain("cart=");
    }

    @Test
    void messages_olderThanMaxAge_areNotShown() {
        Browser fresh = browser();
        Browser stale = browser();
        fresh.post("/items?name=fresh");
        stale.post("/items?name=stale");

        clock.advance(Duration.ofMinutes(2));
        Browser.Page freshPage = fresh.get("/items");
        clock.advance(Duration.ofMinutes(9)); // 11 minutes after it was added
        Browser.Page stalePage = stale.get("/items");

        assertThat(AdapterScenarios.messages(freshPage)).containsExactly("success|success|Item 'fresh' added");
        assertThat(AdapterScenarios.messages(stalePage)).isEmpty();
    }

    @Test
    void i18nMessage_shownInEachReadersLocale() {
        Browser german = browser();
        Browser french = browser();
        german.post("/items/i18n?name=tea");
        french.post("/items/i18n?name=tea");

        Browser.Page germanPage = german.send("GET", "/items", "Accept-Language", "de-DE,de;q=0.9,en;q=0.5");
        Browser.Page frenchPage = french.send("GET", "/items", "Accept-Language", "fr-CH, fr;q=0.9");

        assertThat(AdapterScenarios.messages(germanPage)).containsExactly("success|success|Artikel 'tea' hinzugefügt");
        assertThat(AdapterScenarios.messages(frenchPage))
                .as("no French bundle: the base one")
                .containsExactly("success|success|Item 'tea' added");
    }
}
