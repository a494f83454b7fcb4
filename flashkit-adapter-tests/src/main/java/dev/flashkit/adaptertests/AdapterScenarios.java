package dev.flashkit.adaptertests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flashkit.test.SetCookie;
import java.net.URI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The scenario suite every adapter runs: a real server serving {@link ScenarioRoutes} with Flashkit
 * installed (default settings, a random secret), talked to over a socket by {@link Browser}. Subclasses
 * start their server once per class in {@link #start()} and stop it in {@link #stop()}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class AdapterScenarios {
    /** The default session cookie name. */
    protected static final String SESSION_COOKIE = "flashkit_session";

    private Servers servers;

    /** Where the two applications listen: {@code installed} with Flashkit, {@code bare} without it. */
    public record Servers(URI installed, URI bare) {}

    /** Starts the adapter's server(s) serving {@link ScenarioRoutes}. */
    protected abstract Servers start() throws Exception;

    /** Stops what {@link #start()} started. */
    protected abstract void stop() throws Exception;

    @BeforeAll
    final void startServers() throws Exception {
        servers = start();
    }

    @AfterAll
    final void stopServers() throws Exception {
        stop();
    }

    /** A new browser profile (empty cookie jar) for the Flashkit application. */
    protected Browser browser() {
        return new Browser(servers.installed());
    }

    @Test
    void session_postRedirectGet_keepsValueAcrossRequests() {
        Browser browser = browser();

        Browser.Page post = browser.post("/session?key=cart&value=3");
        Browser.Page page = browser.get(post.header("Location"));

        assertThat(post.status()).isEqualTo(303);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("cart=3");
    }

    @Test
    void session_untouched_setsNoCookieAndNoPrivateHeaders() {
        Browser.Page page = browser().get("/plain");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.setCookies()).isEmpty();
        assertThat(page.header("Cache-Control")).isNull();
    }

    @Test
    void rotate_onLogin_changesSessionIdAndKeepsData() {
        Browser browser = browser();
        browser.post("/session?key=cart&value=3");
        String before = sessionId(browser.get("/session"));

        Browser.Page login = browser.post("/login?user=ada");
        Browser.Page after = browser.get("/session");

        assertThat(login.status()).isEqualTo(303);
        assertThat(sessionId(after)).isNotNull().isNotEqualTo(before);
        assertThat(after.body()).contains("cart=3").contains("user=ada");
    }

    @Test
    void invalidate_onLogout_deletesCookieAndData() {
        Browser browser = browser();
        browser.post("/login?user=ada");

        Browser.Page logout = browser.post("/logout");
        Browser.Page after = browser.get("/session");

        SetCookie deletion = logout.setCookie(SESSION_COOKIE);
        assertThat(deletion).isNotNull();
        assertThat(deletion.isDeletion()).isTrue();
        assertThat(browser.cookie(SESSION_COOKIE)).isNull();
        assertThat(after.body()).doesNotContain("user=").doesNotContain("id=");
    }

    @Test
    void cookie_overPlainHttp_hasFlashkitDefaults() {
        Browser.Page post = browser().post("/session?key=a&value=1");

        SetCookie cookie = post.setCookie(SESSION_COOKIE);
        assertThat(cookie).isNotNull();
        assertThat(cookie.has("HttpOnly")).isTrue();
        assertThat(cookie.attribute("SameSite")).isEqualTo("Lax");
        assertThat(cookie.attribute("Path")).isEqualTo("/");
        assertThat(cookie.has("Secure")).isFalse(); // plain HTTP, development mode: AUTO means not Secure
        assertThat(cookie.header().getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                .isLessThanOrEqualTo(4096);
    }

    @Test
    void responseSettingCookie_isPrivateAndVariesOnCookie() {
        Browser.Page post = browser().post("/session?key=a&value=1");

        assertThat(post.setCookie(SESSION_COOKIE)).isNotNull();
        assertThat(post.header("Cache-Control")).isEqualTo("private, no-store");
        assertThat(post.header("Vary")).containsIgnoringCase("Cookie");
    }

    @Test
    void tamperedSessionCookie_gives200AndEmptySession() {
        Browser browser = browser();
        browser.post("/session?key=cart&value=3");
        String sealed = browser.cookie(SESSION_COOKIE);
        int middle = sealed.length() / 2;
        char flipped = sealed.charAt(middle) == 'A' ? 'B' : 'A';
        browser.setCookie(SESSION_COOKIE, sealed.substring(0, middle) + flipped + sealed.substring(middle + 1));

        Browser.Page page = browser.get("/session");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("cart=");
    }

    @Test
    void garbageSessionCookie_gives200AndEmptySession() {
        Browser browser = browser();
        browser.setCookie(SESSION_COOKIE, "%%%not-base64%%%" + "x".repeat(3000));

        Browser.Page page = browser.get("/session");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("id=");
    }

    @Test
    void session_withoutFlashkitInstalled_raisesClearInstallHint() {
        Browser.Page page = new Browser(servers.bare()).get("/not-installed");

        assertThat(page.body())
                .startsWith("not installed: Flashkit must be installed")
                .contains("FlashkitFilter")
                .contains("FlashkitPlugin")
                .contains("flashkit-spring-boot-starter");
    }

    @Test
    void handlerThrows_afterChangingSession_leavesSessionUnchanged() {
        Browser browser = browser();
        browser.post("/session?key=cart&value=3");

        Browser.Page failed = browser.post("/fail/session?key=cart&value=99");
        Browser.Page page = browser.get("/session");

        assertThat(failed.status()).isEqualTo(500);
        assertThat(failed.setCookie(SESSION_COOKIE)).isNull();
        assertThat(page.body()).contains("cart=3").doesNotContain("cart=99");
    }

    @Test
    void serverErrorStatus_afterChangingSession_leavesSessionUnchanged() {
        Browser browser = browser();
        browser.post("/session?key=cart&value=3");

        Browser.Page failed = browser.post("/fail/status?key=cart&value=99");
        Browser.Page page = browser.get("/session");

        assertThat(failed.status()).isEqualTo(503);
        assertThat(page.body()).contains("cart=3").doesNotContain("cart=99");
    }

    @Test
    void clientErrorStatus_afterChangingSession_savesSession() {
        Browser browser = browser();

        Browser.Page invalid = browser.post("/client-error/session?key=draft&value=kept");
        Browser.Page page = browser.get("/session");

        assertThat(invalid.status()).isEqualTo(422);
        assertThat(page.body()).contains("draft=kept");
    }

    @Test
    void head_ofSessionPage_answersWithoutBody() {
        Browser browser = browser();
        browser.post("/session?key=cart&value=3");

        Browser.Page head = browser.head("/session");

        assertThat(head.status()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(browser.get("/session").body()).contains("cart=3");
    }

    private static String sessionId(Browser.Page page) {
        return page.body()
                .lines()
                .filter(l -> l.startsWith("id="))
                .map(l -> l.substring(3))
                .findFirst()
                .orElse(null);
    }
}
