package dev.flashkit.adaptertests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.flashkit.test.SetCookie;
import java.net.URI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The scenario suite every adapter runs: a real server serving {@link ScenarioRoutes} with Flashkit
 * installed (default settings, a random secret), talked to over a socket by {@link Browser}. Subclasses
 * start their server once per class in {@link #start()} and stop it in {@link #stop()}. The tests of {@link
 * SessionCookieScenarios} and {@link DeliveryScenarios} run here too.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class AdapterScenarios implements SessionCookieScenarios, DeliveryScenarios {
    /** The default session cookie name. */
    protected static final String SESSION_COOKIE = "flashkit_session";

    /** The default messages cookie name. */
    protected static final String MESSAGES_COOKIE = "flashkit_messages";

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

    /**
     * Whether flash messages wait in the messages cookie (the default storage), rather than in a server-side store
     * (Redis): without that cookie the two tests about it have nothing to check and are skipped.
     */
    protected boolean messagesInCookie() {
        return true;
    }

    /** A new browser profile (empty cookie jar) for the Flashkit application. */
    @Override
    public Browser browser() {
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

    // ---- flash messages ----

    @Test
    void messages_postRedirectGet_showsMessageOnceAndReloadShowsNothing() {
        Browser browser = browser();

        Browser.Page post = browser.post("/items?name=tea");
        Browser.Page page = browser.get(post.header("Location"));
        Browser.Page reload = browser.get("/items");

        assertThat(post.status()).isEqualTo(303);
        assertThat(page.status()).isEqualTo(200);
        assertThat(messages(page)).containsExactly("success|success|Item 'tea' added");
        assertThat(messages(reload)).isEmpty();
    }

    @Test
    void messages_levelsAndTags_belowMinimumIgnoredExtraTagsBeforeLevelTag() {
        Browser browser = browser();

        browser.post("/levels");
        Browser.Page page = browser.get("/items");

        assertThat(messages(page))
                .containsExactly(
                        "info|info|for your information",
                        "success|big success|saved",
                        "warning|warning|careful",
                        "error|urgent inline error|failed");
    }

    @Test
    void messages_twoTabsInterleaved_eachTabSeesOnlyItsOwnRedirectMessage() {
        Browser browser = browser(); // one cookie jar, two tabs
        Browser.Page tabA = browser.post("/items?name=a&to=/items?tab=a");

        Browser.Page tabBPage = browser.get("/items?tab=b"); // tab B loads a page before tab A follows
        Browser.Page tabAPage = browser.get(tabA.header("Location"));

        assertThat(tabA.status()).isEqualTo(303);
        assertThat(messages(tabBPage)).isEmpty();
        assertThat(messages(tabAPage)).containsExactly("success|success|Item 'a' added");
    }

    @Test
    void messages_twoTabsBothPosting_eachRedirectTargetShowsItsOwnMessage() {
        Browser browser = browser();
        Browser.Page postA = browser.post("/items?name=a&to=/items?tab=a");
        Browser.Page postB = browser.post("/items?name=b&to=/items?tab=b");

        Browser.Page pageB = browser.get(postB.header("Location"));
        Browser.Page pageA = browser.get(postA.header("Location"));

        assertThat(messages(pageB)).containsExactly("success|success|Item 'b' added");
        assertThat(messages(pageA)).containsExactly("success|success|Item 'a' added");
    }

    @Test
    void tamperedMessagesCookie_gives200AndNoMessages() {
        assumeTrue(messagesInCookie(), "messages wait in a server-side store: there is no messages cookie");
        Browser browser = browser();
        browser.post("/items?name=tea");
        String sealed = browser.cookie(MESSAGES_COOKIE);
        assertThat(sealed).as("the message waits in its own cookie").isNotNull();
        int middle = sealed.length() / 2;
        char flipped = sealed.charAt(middle) == 'A' ? 'B' : 'A';
        browser.setCookie(MESSAGES_COOKIE, sealed.substring(0, middle) + flipped + sealed.substring(middle + 1));

        Browser.Page page = browser.get("/items");

        assertThat(page.status()).isEqualTo(200);
        assertThat(messages(page)).isEmpty();
    }

    @Test
    void messages_withoutFlashkitInstalled_strictRaisesAndLenientIsNoop() {
        Browser bare = new Browser(servers.bare());

        Browser.Page strict = bare.get("/messages-not-installed");
        Browser.Page lenient = bare.get("/lenient");

        assertThat(strict.body()).startsWith("not installed: Flashkit must be installed to access the messages");
        assertThat(lenient.status()).isEqualTo(200);
        assertThat(lenient.body()).isEqualTo("lenient ok");
    }

    @Test
    void messages_lenientAccessorWithFlashkitInstalled_addsMessage() {
        Browser browser = browser();

        browser.get("/lenient");

        assertThat(messages(browser.get("/items")))
                .containsExactly("success|success|shown only where Flashkit is installed");
    }

    @Test
    void messages_overflowingEveryStorage_noServerErrorAndNothingLost() {
        Browser browser = browser();
        int added = 80;

        Browser.Page post = browser.post("/flood?n=" + added);
        Browser.Page page = browser.get("/items");

        assertThat(post.status()).isEqualTo(303);
        assertThat(page.status()).isEqualTo(200);
        long shown = 0;
        for (String line : messages(page)) {
            java.util.regex.Matcher more =
                    java.util.regex.Pattern.compile("\\+(\\d+) more").matcher(line);
            shown += line.contains("flashkit-more") && more.find() ? Long.parseLong(more.group(1)) : 1;
        }
        assertThat(shown).isEqualTo(added);
        assertThat(messages(page)).anyMatch(line -> line.endsWith("Message #" + added + " " + "x".repeat(80)));
    }

    @Test
    void cookie_messagesCookieOverPlainHttp_hasFlashkitDefaults() {
        assumeTrue(messagesInCookie(), "messages wait in a server-side store: there is no messages cookie");
        Browser.Page post = browser().post("/items?name=tea");

        SetCookie cookie = post.setCookie(MESSAGES_COOKIE);
        assertThat(cookie).isNotNull();
        assertThat(cookie.has("HttpOnly")).isTrue();
        assertThat(cookie.attribute("SameSite")).isEqualTo("Lax");
        assertThat(cookie.attribute("Path")).isEqualTo("/");
        assertThat(cookie.has("Secure")).isFalse();
    }

    @Test
    void responseShowingMessages_isPrivateAndVariesOnCookie() {
        Browser browser = browser();
        browser.post("/items?name=tea");

        Browser.Page page = browser.get("/items");

        assertThat(messages(page)).hasSize(1);
        assertThat(page.header("Cache-Control")).isEqualTo("private, no-store");
        assertThat(page.header("Vary")).containsIgnoringCase("Cookie");
    }

    @Test
    void head_ofMessagesPage_doesNotConsumeMessages() {
        Browser browser = browser();
        browser.post("/items?name=tea");

        Browser.Page head = browser.head("/items");
        Browser.Page page = browser.get("/items");

        assertThat(head.status()).isEqualTo(200);
        assertThat(messages(page)).containsExactly("success|success|Item 'tea' added");
    }

    @Test
    void serverError_whileRenderingMessages_doesNotConsumeThem() {
        Browser browser = browser();
        browser.post("/items?name=tea");

        Browser.Page failed = browser.get("/fail/render");
        Browser.Page page = browser.get("/items");

        assertThat(failed.status()).isEqualTo(500);
        assertThat(messages(page)).containsExactly("success|success|Item 'tea' added");
    }

    @Test
    void clientError_whileRenderingMessages_doesNotConsumeThem() {
        Browser browser = browser();
        browser.post("/items?name=tea&to=/missing-page"); // the redirect target answers 404

        Browser.Page missing = browser.get("/missing-page");
        Browser.Page retry = browser.get("/missing-page");

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body()).contains("Item 'tea' added"); // the error page showed it...
        assertThat(retry.body()).contains("Item 'tea' added"); // ...without eating it
    }

    @Test
    void handlerThrows_afterAddingMessage_dropsItAndKeepsEarlierOnes() {
        Browser browser = browser();
        browser.post("/items?name=tea");

        Browser.Page failed = browser.post("/fail/message");
        Browser.Page page = browser.get("/items");

        assertThat(failed.status()).isEqualTo(500);
        assertThat(failed.setCookie(MESSAGES_COOKIE)).isNull();
        assertThat(messages(page)).containsExactly("success|success|Item 'tea' added");
    }

    /** The {@code level|tags|text} lines of a page rendered by {@link ScenarioRoutes}. */
    protected static java.util.List<String> messages(Browser.Page page) {
        assertThat(page.body()).startsWith("messages:");
        return page.body().lines().skip(1).toList();
    }

    /** The {@code id=} line of {@code GET /session}, or {@code null} for a new session. */
    static String sessionId(Browser.Page page) {
        return page.body()
                .lines()
                .filter(l -> l.startsWith("id="))
                .map(l -> l.substring(3))
                .findFirst()
                .orElse(null);
    }
}
