package dev.flashkit.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flashkit.Flashkit;
import dev.flashkit.FlashkitConfig;
import dev.flashkit.RequestContext;
import dev.flashkit.session.MemorySessionStore;
import dev.flashkit.session.SessionTooLargeException;
import org.junit.jupiter.api.Test;

/** Cookie attributes, cache headers and the cookie size limit, as the browser sees them. */
class CookieHeadersTest {
    private static final String NAME = "flashkit_session";

    private static Flashkit app(FlashkitConfig.Builder builder) {
        return Flashkit.create(
                builder.secret(TestSecrets.random()).clock(new TestClock()).build());
    }

    private static TestExchange write(Flashkit app, TestExchange.Builder request) {
        TestExchange exchange = request.build();
        RequestContext context = app.open(exchange);
        context.session().put("user", "ada");
        context.commit();
        return exchange;
    }

    @Test
    void commit_plainHttp_setsHttpOnlyLaxRootPathWithoutSecure() {
        TestExchange exchange = write(app(FlashkitConfig.builder()), TestExchange.request("GET", "/"));

        SetCookie cookie = exchange.responseCookie(NAME);
        assertThat(cookie.has("HttpOnly")).isTrue();
        assertThat(cookie.attribute("SameSite")).isEqualTo("Lax");
        assertThat(cookie.attribute("Path")).isEqualTo("/");
        assertThat(cookie.has("Secure")).isFalse();
        assertThat(cookie.has("Domain")).isFalse();
        assertThat(cookie.attribute("Max-Age")).isEqualTo("1209600");
        assertThat(cookie.attribute("Expires")).endsWith("GMT");
    }

    @Test
    void commit_https_addsSecure() {
        TestExchange exchange = write(
                app(FlashkitConfig.builder()), TestExchange.request("GET", "/").secure(true));

        assertThat(exchange.responseCookie(NAME).has("Secure")).isTrue();
    }

    @Test
    void commit_productionOverPlainHttp_stillSecure() {
        TestExchange exchange = write(app(FlashkitConfig.builder().production(true)), TestExchange.request("GET", "/"));

        assertThat(exchange.responseCookie(NAME).has("Secure")).isTrue();
    }

    @Test
    void commit_hostPrefix_namesCookieHostAndKeepsItsRules() {
        Flashkit app = app(FlashkitConfig.builder().hostPrefix(true));
        TestExchange exchange = write(app, TestExchange.request("GET", "/"));

        SetCookie cookie = exchange.responseCookie("__Host-flashkit_session");
        assertThat(cookie).isNotNull();
        assertThat(cookie.has("Secure")).isTrue();
        assertThat(cookie.attribute("Path")).isEqualTo("/");
        assertThat(cookie.has("Domain")).isFalse();

        TestExchange logout = TestExchange.request("POST", "/logout")
                .cookie("__Host-flashkit_session", cookie.value())
                .build();
        RequestContext context = app.open(logout);
        context.session().invalidate();
        context.commit();
        SetCookie deletion = logout.responseCookie("__Host-flashkit_session");
        assertThat(deletion.isDeletion()).isTrue();
        assertThat(deletion.has("Secure")).isTrue();
        assertThat(deletion.attribute("Path")).isEqualTo("/");
    }

    @Test
    void commit_customPathDomainAndSameSite_areWritten() {
        TestExchange exchange = write(
                app(FlashkitConfig.builder()
                        .cookiePath("/app")
                        .cookieDomain("example.com")
                        .sameSite(dev.flashkit.SameSite.STRICT)),
                TestExchange.request("GET", "/app"));

        SetCookie cookie = exchange.responseCookie(NAME);
        assertThat(cookie.attribute("Path")).isEqualTo("/app");
        assertThat(cookie.attribute("Domain")).isEqualTo("example.com");
        assertThat(cookie.attribute("SameSite")).isEqualTo("Strict");
    }

    @Test
    void commit_settingACookie_marksResponsePrivateAndVaryCookie() {
        TestExchange exchange = write(app(FlashkitConfig.builder()), TestExchange.request("GET", "/"));

        assertThat(exchange.responseHeader("Cache-Control")).isEqualTo("private, no-store");
        assertThat(exchange.responseHeader("Vary")).isEqualTo("Cookie");
    }

    @Test
    void commit_existingVary_appendsCookieOnce() {
        Flashkit app = app(FlashkitConfig.builder());
        TestExchange other = TestExchange.get("/");
        other.setResponseHeader("Vary", "Accept-Encoding");
        RequestContext context = app.open(other);
        context.session().put("a", 1);
        context.commit();

        TestExchange already = TestExchange.get("/");
        already.setResponseHeader("Vary", "Accept, cookie");
        RequestContext second = app.open(already);
        second.session().put("a", 1);
        second.commit();

        assertThat(other.responseHeaders("Vary")).containsExactly("Accept-Encoding, Cookie");
        assertThat(already.responseHeaders("Vary")).containsExactly("Accept, cookie");
    }

    @Test
    void commit_twice_writesHeadersOnce() {
        Flashkit app = app(FlashkitConfig.builder());
        TestExchange exchange = TestExchange.get("/");
        RequestContext context = app.open(exchange);
        context.session().put("a", 1);
        context.commit();
        context.commit();

        assertThat(exchange.responseHeaders("Set-Cookie")).hasSize(1);
        assertThat(context.isCommitted()).isTrue();
    }

    @Test
    void commit_sessionTooLargeForACookie_throwsNamingTheSizesAndWritesNothing() {
        Flashkit app = app(FlashkitConfig.builder());
        TestExchange exchange = TestExchange.get("/");
        RequestContext context = app.open(exchange);
        context.session().put("notes", "n".repeat(5000));

        assertThatThrownBy(context::commit)
                .isInstanceOf(SessionTooLargeException.class)
                .hasMessageContaining("flashkit_session")
                .hasMessageMatching("(?s).*would need a \\d{4,}-byte Set-Cookie header, over the 4096-byte limit.*")
                .hasMessageContaining("MemorySessionStore");
        assertThat(exchange.responseHeaders("Set-Cookie")).isEmpty();
    }

    @Test
    void commit_largestSessionThatFits_staysWithinTheHeaderLimit() {
        Flashkit app = app(FlashkitConfig.builder());
        int size = 2000;
        String header = null;
        while (true) {
            TestExchange exchange = TestExchange.get("/");
            RequestContext context = app.open(exchange);
            context.session().put("notes", "n".repeat(size));
            try {
                context.commit();
            } catch (SessionTooLargeException tooLarge) {
                break;
            }
            header = exchange.responseHeader("Set-Cookie");
            size += 50;
        }

        assertThat(("Set-Cookie: " + header).length()).isBetween(3900, 4096);
    }

    @Test
    void commit_memoryStoreWithLargeSession_keepsOnlyTheIdInTheCookie() {
        Flashkit app = app(FlashkitConfig.builder().sessionStore(MemorySessionStore.create(10)));
        TestBrowser browser = new TestBrowser(app);

        TestExchange exchange = browser.get("/", ctx -> ctx.session().put("notes", "n".repeat(20_000)));

        assertThat(exchange.responseCookie(NAME).value()).hasSizeLessThan(64);
        browser.get("/", ctx -> assertThat(ctx.session().getString("notes")).hasSize(20_000));
    }
}
