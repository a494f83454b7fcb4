package dev.flashkit.test;

import static dev.flashkit.test.FlashkitAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.flashkit.Flashkit;
import dev.flashkit.FlashkitConfig;
import dev.flashkit.messages.Message;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A tampered, truncated or foreign messages cookie means "no messages": deleted, never an exception. */
class BadMessagesCookieTest {
    private static final String COOKIE = "flashkit_messages";
    private final Flashkit flashkit = Flashkit.create(
            FlashkitConfig.builder().secret(TestSecrets.random()).build());
    private final TestBrowser browser = new TestBrowser(flashkit);
    private String good;

    @BeforeEach
    void storeOne() {
        browser.post("/", (ctx, ex) -> ctx.messages().success("Saved"));
        good = browser.cookies().get(COOKIE);
        assertThat(good).isNotNull();
    }

    private void assertIgnoredAndDeleted(String value) {
        browser.setCookie(COOKIE, value);
        long before = flashkit.metrics().invalidMessageCookies();
        AtomicReference<List<Message>> shown = new AtomicReference<>();

        TestExchange page = browser.get("/", ctx -> shown.set(ctx.messages().consume()));

        assertThat(shown.get()).hasNoMessages();
        assertThat(page.responseCookie(COOKIE)).isNotNull();
        assertThat(page.responseCookie(COOKIE).isDeletion()).isTrue();
        assertThat(page.status()).isEqualTo(200);
        assertThat(flashkit.metrics().invalidMessageCookies()).isGreaterThan(before);
        assertThat(browser.cookies()).doesNotContainKey(COOKIE);
    }

    @Test
    void messages_tamperedCookie_isIgnoredAndDeleted() {
        char[] chars = good.toCharArray();
        int i = chars.length / 2;
        chars[i] = chars[i] == 'A' ? 'B' : 'A';
        assertIgnoredAndDeleted(new String(chars));
    }

    @Test
    void messages_truncatedCookie_isIgnoredAndDeleted() {
        assertIgnoredAndDeleted(good.substring(0, good.length() - 5));
    }

    @Test
    void messages_sessionCookieCopiedIntoTheMessagesCookie_isIgnoredAndDeleted() {
        browser.get("/", ctx -> ctx.session().put("user", "ada"));
        assertIgnoredAndDeleted(browser.cookies().get("flashkit_session"));
    }

    @Test
    void messages_cookieSealedWithAnotherSecret_isIgnoredAndDeleted() {
        TestBrowser other = new TestBrowser(Flashkit.create(
                FlashkitConfig.builder().secret(TestSecrets.random()).build()));
        other.post("/", (ctx, ex) -> ctx.messages().success("foreign"));
        assertIgnoredAndDeleted(other.cookies().get(COOKIE));
    }

    @Test
    void messages_garbageCookies_areIgnoredAndDeleted() {
        for (String garbage : List.of("%%%", "not base64 !", "AAAA", "x".repeat(10_000), "\u00e9\u0000")) {
            assertIgnoredAndDeleted(garbage);
        }
    }

    @Test
    void badCookie_messagesAddedInTheSameRequest_areStillStored() {
        browser.setCookie(COOKIE, "garbage");
        TestExchange post = browser.post("/", (ctx, ex) -> {
            ctx.messages().consume();
            ctx.messages().info("fresh");
        });

        assertThat(post).hasMessages("fresh");
        assertThat(post.responseCookie(COOKIE).isDeletion()).isFalse();
    }

    @Test
    void badCookie_requestThatNeverTouchesMessages_leavesItAlone() {
        browser.setCookie(COOKIE, "garbage");
        TestExchange asset = browser.get("/app.css", ctx -> {});

        assertThat(asset.responseHeaders("Set-Cookie")).isEmpty();
    }
}
