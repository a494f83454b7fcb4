package dev.flashkit.test;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flashkit.FlashkitConfig;
import dev.flashkit.internal.CookieWriter;
import dev.flashkit.internal.CoreAccess;
import dev.flashkit.spi.ResponseCookies;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The one writer of Flashkit's response cookies: what every {@code Set-Cookie} header looks like, that no
 * header outgrows 4096 bytes (the budget it gives storages is exact), that only the last attempt of a
 * storage layout reaches the response, and that a response with a cookie is marked private.
 */
class CookieWriterTest {
    private final TestClock clock = new TestClock(Instant.parse("2026-01-02T03:04:05Z"));
    private final FlashkitConfig config =
            FlashkitConfig.builder().secret(TestSecrets.random()).clock(clock).build();
    private final TestExchange exchange = TestExchange.get("/");
    private final CookieWriter cookies = new CookieWriter(exchange, CoreAccess.cookieAttributes(config, false), clock);

    private static int headerBytes(String value) {
        return ("Set-Cookie: " + value).getBytes(StandardCharsets.UTF_8).length;
    }

    @Test
    void set_smallValue_writesOneHeaderWithExpiryAndTheConfiguredAttributes() {
        assertThat(cookies.set("flashkit_messages", "abc", Duration.ofSeconds(60)))
                .isTrue();

        assertThat(exchange.responseHeaders("Set-Cookie"))
                .containsExactly("flashkit_messages=abc; Max-Age=60; Expires=Fri, 02 Jan 2026 03:05:05 GMT; Path=/;"
                        + " HttpOnly; SameSite=Lax");
    }

    @Test
    void set_valueOfExactlyTheBudget_headerIsExactly4096Bytes() {
        int budget = cookies.valueBudget("flashkit_session", Duration.ofDays(14));

        assertThat(cookies.set("flashkit_session", "v".repeat(budget), Duration.ofDays(14)))
                .isTrue();

        assertThat(headerBytes(exchange.responseHeader("Set-Cookie"))).isEqualTo(ResponseCookies.MAX_HEADER_BYTES);
    }

    @Test
    void set_valueOneByteOverTheBudget_isRefusedAndWritesNothing() {
        int budget = cookies.valueBudget("flashkit_session", Duration.ofDays(14));

        assertThat(cookies.set("flashkit_session", "v".repeat(budget + 1), Duration.ofDays(14)))
                .isFalse();
        cookies.finish();

        assertThat(exchange.responseHeaders("Set-Cookie")).isEmpty();
        assertThat(exchange.responseHeader("Cache-Control")).isNull();
        assertThat(cookies.headerBytes("flashkit_session", "v".repeat(budget + 1), Duration.ofDays(14)))
                .isEqualTo(ResponseCookies.MAX_HEADER_BYTES + 1);
    }

    @Test
    void delete_anyCookie_writesAnExpiredHeaderWithTheSameAttributes() {
        cookies.delete("flashkit_messages");

        assertThat(exchange.responseHeaders("Set-Cookie"))
                .containsExactly("flashkit_messages=; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Path=/;"
                        + " HttpOnly; SameSite=Lax");
    }

    @Test
    void discard_failedAttempts_onlyTheFlushedAttemptReachesTheResponse() {
        cookies.begin();
        cookies.set("flashkit_messages", "first", Duration.ofSeconds(60));
        cookies.discard();
        cookies.set("flashkit_messages", "second", Duration.ofSeconds(60));
        assertThat(exchange.responseHeaders("Set-Cookie")).isEmpty();

        cookies.flush();

        assertThat(exchange.responseHeaders("Set-Cookie"))
                .singleElement()
                .asString()
                .startsWith("flashkit_messages=second;");
    }

    @Test
    void finish_afterACookie_marksTheResponsePrivateAndVariesOnCookie() {
        exchange.setResponseHeader("Vary", "Accept-Encoding");
        cookies.set("flashkit_messages", "abc", Duration.ofSeconds(60));

        cookies.finish();

        assertThat(exchange.responseHeader("Cache-Control")).isEqualTo("private, no-store");
        assertThat(exchange.responseHeader("Vary")).isEqualTo("Accept-Encoding, Cookie");
    }

    @Test
    void finish_varySetTwice_mergesBothValuesAndCookieIntoOneHeader() {
        exchange.setResponseHeader("Vary", "Accept-Encoding");
        exchange.addResponseHeader("Vary", "Origin");
        cookies.varyOnCookie();

        cookies.finish();

        assertThat(exchange.responseHeaders("Vary")).containsExactly("Accept-Encoding, Origin, Cookie");
    }

    @Test
    void finish_varyAlreadyNamesCookieOrStar_leavesVaryAlone() {
        exchange.setResponseHeader("Vary", "Origin, cookie");
        cookies.delete("flashkit_messages");
        cookies.finish();
        assertThat(exchange.responseHeader("Vary")).isEqualTo("Origin, cookie");

        TestExchange star = TestExchange.get("/");
        star.setResponseHeader("Vary", "*");
        CookieWriter starCookies = new CookieWriter(star, CoreAccess.cookieAttributes(config, false), clock);
        starCookies.delete("flashkit_messages");
        starCookies.finish();
        assertThat(star.responseHeader("Vary")).isEqualTo("*");
    }

    @Test
    void finish_noCookieAndNotMarked_leavesCachingAlone() {
        cookies.finish();

        assertThat(exchange.responseHeader("Cache-Control")).isNull();
        assertThat(exchange.responseHeader("Vary")).isNull();
    }

    @Test
    void finish_markedPrivateWithoutACookie_marksTheResponsePrivate() {
        cookies.markPrivate();

        cookies.finish();

        assertThat(exchange.responseHeader("Cache-Control")).isEqualTo("private, no-store");
        assertThat(exchange.responseHeader("Vary")).isEqualTo("Cookie");
    }

    @Test
    void set_heldBackAttempt_marksPrivateOnlyOnceFlushed() {
        cookies.begin();
        cookies.set("flashkit_messages", "abc", Duration.ofSeconds(60));
        cookies.discard();
        cookies.flush();

        cookies.finish();

        assertThat(exchange.responseHeader("Cache-Control")).isNull();
    }

    @Test
    void set_browserSessionWriter_writesNoMaxAgeAndNoExpires() {
        CookieWriter browserSession =
                new CookieWriter(exchange, CoreAccess.cookieAttributes(config, false), clock, false);
        int budget = browserSession.valueBudget("flashkit_session", Duration.ofDays(14));

        assertThat(browserSession.set("flashkit_session", "v".repeat(budget), Duration.ofDays(14)))
                .isTrue();

        String header = exchange.responseHeader("Set-Cookie");
        assertThat(header)
                .doesNotContain("Max-Age")
                .doesNotContain("Expires")
                .endsWith("; Path=/; HttpOnly; SameSite=Lax");
        assertThat(headerBytes(header)).isEqualTo(ResponseCookies.MAX_HEADER_BYTES);
    }

    @Test
    void delete_browserSessionWriter_stillExpiresTheCookie() {
        new CookieWriter(exchange, CoreAccess.cookieAttributes(config, false), clock, false).delete("flashkit_session");

        assertThat(exchange.responseHeader("Set-Cookie")).contains("Max-Age=0");
    }

    @Test
    void set_fractionOfASecondLeft_roundsMaxAgeUp() {
        cookies.set("flashkit_session", "abc", Duration.ofMillis(1999));

        assertThat(exchange.responseHeader("Set-Cookie"))
                .contains("; Max-Age=2; Expires=Fri, 02 Jan 2026 03:04:07 GMT;");
    }

    @Test
    void finish_sessionOnlyRead_variesOnCookieAndLeavesCacheControlAlone() {
        exchange.setResponseHeader("Vary", "Accept-Encoding");
        exchange.setResponseHeader("Cache-Control", "public, max-age=60");
        cookies.varyOnCookie();

        cookies.finish();

        assertThat(exchange.responseHeader("Vary")).isEqualTo("Accept-Encoding, Cookie");
        assertThat(exchange.responseHeader("Cache-Control")).isEqualTo("public, max-age=60");
    }
}
