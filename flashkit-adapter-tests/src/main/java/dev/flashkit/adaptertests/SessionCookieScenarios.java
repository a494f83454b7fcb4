package dev.flashkit.adaptertests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flashkit.test.SetCookie;
import org.junit.jupiter.api.Test;

/**
 * What the session does to a response's headers, on every adapter ({@link AdapterScenarios} runs these): a page
 * that read the session varies on {@code Cookie} (as Django's {@code SessionMiddleware} and Flask do), merged into
 * the application's own {@code Vary} and without touching its {@code Cache-Control}; a session emptied by
 * {@code clear()} or by removing its last key deletes its cookie; and a session too large for a cookie is refused
 * with a {@code 500} that changes nothing.
 */
public interface SessionCookieScenarios {
    /** A new browser profile (empty cookie jar) for the Flashkit application. */
    Browser browser();

    /** Whether the session lives in the cookie (the default store), rather than in a server-side store. */
    default boolean sessionInCookie() {
        return true;
    }

    @Test
    default void sessionRead_withoutChange_variesOnCookieAndLeavesCacheControlAlone() {
        Browser browser = browser();
        browser.post("/session?key=cart&value=3");

        Browser.Page page = browser.get("/session/read?cache=public%2C%20max-age%3D60");

        assertThat(page.body()).isEqualTo("cart=3");
        assertThat(page.setCookies()).isEmpty();
        assertThat(page.headers("Vary")).containsExactly("Cookie");
        assertThat(page.header("Cache-Control")).isEqualTo("public, max-age=60");
    }

    @Test
    default void sessionRead_noCookieYet_variesOnCookie() {
        Browser.Page page = browser().get("/session/read");

        assertThat(page.body()).isEqualTo("cart=null");
        assertThat(page.setCookies()).isEmpty();
        assertThat(page.headers("Vary")).containsExactly("Cookie");
        assertThat(page.header("Cache-Control")).isNull();
    }

    @Test
    default void sessionRead_applicationVaries_addsCookieToTheSameVary() {
        Browser.Page page = browser().get("/session/read?vary=Accept-Encoding");

        assertThat(page.headers("Vary")).containsExactly("Accept-Encoding, Cookie");
    }

    @Test
    default void sessionRead_applicationSetVaryTwice_keepsBothAndAddsCookie() {
        Browser.Page page = browser().get("/session/read?vary=Accept-Encoding&vary2=Origin");

        assertThat(String.join(", ", page.headers("Vary"))).isEqualTo("Accept-Encoding, Origin, Cookie");
    }

    @Test
    default void sessionNeverTouched_getsNoVary() {
        Browser browser = browser();
        browser.post("/session?key=cart&value=3");

        Browser.Page page = browser.get("/plain");

        assertThat(page.headers("Vary")).isEmpty();
        assertThat(page.header("Cache-Control")).isNull();
    }

    @Test
    default void clear_sessionWithData_deletesCookie() {
        Browser browser = browser();
        browser.post("/session?key=cart&value=3");

        Browser.Page cleared = browser.post("/session/clear");
        Browser.Page after = browser.get("/session");

        SetCookie deletion = cleared.setCookie(AdapterScenarios.SESSION_COOKIE);
        assertThat(deletion).isNotNull();
        assertThat(deletion.isDeletion()).isTrue();
        assertThat(deletion.attribute("Max-Age")).isEqualTo("0");
        assertThat(browser.cookie(AdapterScenarios.SESSION_COOKIE)).isNull();
        assertThat(after.body()).doesNotContain("cart=").doesNotContain("id=");
    }

    @Test
    default void remove_lastKey_deletesCookieAndLaterPutStartsAFreshSession() {
        Browser browser = browser();
        browser.post("/session?key=cart&value=3");
        String oldId = AdapterScenarios.sessionId(browser.get("/session"));

        Browser.Page removed = browser.post("/session/remove?key=cart");
        browser.post("/session?key=cart&value=4");
        String newId = AdapterScenarios.sessionId(browser.get("/session"));

        SetCookie deletion = removed.setCookie(AdapterScenarios.SESSION_COOKIE);
        assertThat(deletion).isNotNull();
        assertThat(deletion.isDeletion()).isTrue();
        assertThat(newId).isNotNull().isNotEqualTo(oldId);
    }

    @Test
    default void remove_notTheLastKey_keepsCookie() {
        Browser browser = browser();
        browser.post("/session?key=cart&value=3");
        browser.post("/session?key=user&value=ada");

        Browser.Page removed = browser.post("/session/remove?key=cart");

        SetCookie cookie = removed.setCookie(AdapterScenarios.SESSION_COOKIE); // a server store may keep the id
        assertThat(cookie == null || !cookie.isDeletion()).isTrue();
        assertThat(browser.get("/session").body()).contains("user=ada").doesNotContain("cart=");
    }

    @Test
    default void put_moreThanACookieCarries_refusedWith500AndSessionUnchanged() {
        Browser browser = browser();
        browser.post("/session?key=cart&value=3");
        String cookie = browser.cookie(AdapterScenarios.SESSION_COOKIE);

        Browser.Page tooLarge = browser.post("/session/big?size=5000");
        Browser.Page after = browser.get("/session");

        if (!sessionInCookie()) { // a server-side store keeps it, the cookie carries only the id
            assertThat(tooLarge.status()).isEqualTo(303);
            assertThat(after.body()).contains("big=xxxx").contains("cart=3");
            return;
        }
        assertThat(tooLarge.status()).isEqualTo(500);
        assertThat(tooLarge.setCookies()).isEmpty();
        assertThat(tooLarge.body()).doesNotContain("xxxx");
        assertThat(browser.cookie(AdapterScenarios.SESSION_COOKIE)).isEqualTo(cookie);
        assertThat(after.body()).contains("cart=3").doesNotContain("big=");
    }
}
