package dev.flashkit.test;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flashkit.Flashkit;
import dev.flashkit.FlashkitConfig;
import dev.flashkit.RequestContext;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Rotating {@code FLASHKIT_SECRET}: the primary seals, fallbacks only open, a cookie opened by a fallback is
 * re-issued under the primary, and a key removed from the ring opens nothing — the order Flask got wrong in
 * CVE-2025-47278.
 */
class KeyRotationTest {
    private static final String NAME = "flashkit_session";

    private final String oldSecret = TestSecrets.random();
    private final String newSecret = TestSecrets.random();

    private static Flashkit app(String primary, String... fallbacks) {
        return Flashkit.create(FlashkitConfig.builder()
                .secret(primary)
                .fallbackSecrets(List.of(fallbacks))
                .build());
    }

    private static RequestContext request(Flashkit app, String cookie, TestExchange[] out) {
        TestExchange exchange =
                TestExchange.request("GET", "/").cookie(NAME, cookie).build();
        out[0] = exchange;
        return app.open(exchange);
    }

    private static String sessionCookieFrom(Flashkit app, Map<String, Object> data) {
        TestBrowser browser = new TestBrowser(app);
        browser.get("/", ctx -> data.forEach(ctx.session()::put));
        return browser.cookies().get(NAME);
    }

    private static boolean opens(Flashkit app, String cookie) {
        TestExchange[] exchange = new TestExchange[1];
        RequestContext context = request(app, cookie, exchange);
        boolean opened = !context.session().isNew();
        context.commit();
        return opened;
    }

    @Test
    void seal_afterRotation_usesTheNewPrimaryNeverTheFallback() {
        String cookie = sessionCookieFrom(app(newSecret, oldSecret), Map.of("user", "ada"));

        assertThat(opens(app(newSecret), cookie)).isTrue();
        assertThat(opens(app(oldSecret), cookie)).isFalse();
    }

    @Test
    void open_cookieOfOldKeyAfterRotation_opensAndIsReissuedUnderThePrimary() {
        String oldCookie = sessionCookieFrom(app(oldSecret), Map.of("user", "ada"));
        Flashkit rotated = app(newSecret, oldSecret);
        TestExchange[] exchange = new TestExchange[1];

        RequestContext context = request(rotated, oldCookie, exchange);
        assertThat(context.session().getString("user")).isEqualTo("ada"); // read only: nothing changed
        String sessionId = context.session().id();
        context.commit();

        SetCookie reissued = exchange[0].responseCookie(NAME);
        assertThat(reissued).isNotNull();
        assertThat(reissued.isDeletion()).isFalse();
        assertThat(reissued.value()).isNotEqualTo(oldCookie);
        TestExchange[] next = new TestExchange[1];
        RequestContext afterRemoval = request(app(newSecret), reissued.value(), next);
        assertThat(afterRemoval.session().getString("user")).isEqualTo("ada");
        assertThat(afterRemoval.session().id()).isEqualTo(sessionId);
        assertThat(opens(app(oldSecret), reissued.value())).isFalse();
    }

    @Test
    void open_cookieOfPrimaryKey_isNotReissuedWhenUnchanged() {
        String cookie = sessionCookieFrom(app(newSecret, oldSecret), Map.of("user", "ada"));
        TestExchange[] exchange = new TestExchange[1];

        RequestContext context = request(app(newSecret, oldSecret), cookie, exchange);
        assertThat(context.session().getString("user")).isEqualTo("ada");
        context.commit();

        assertThat(exchange[0].responseHeaders("Set-Cookie")).isEmpty();
    }

    @Test
    void open_keyRemovedFromTheRing_opensNothingAndDeletesTheCookie() {
        String oldCookie = sessionCookieFrom(app(oldSecret), Map.of("user", "ada"));
        TestExchange[] exchange = new TestExchange[1];

        RequestContext context = request(app(newSecret), oldCookie, exchange);
        assertThat(context.session().isNew()).isTrue();
        assertThat(context.session().keys()).isEmpty();
        context.commit();

        assertThat(exchange[0].responseCookie(NAME).isDeletion()).isTrue();
    }

    @Test
    void open_olderFallbacks_allOpenInOrder() {
        String oldest = TestSecrets.random();
        String fromOldest = sessionCookieFrom(app(oldest), Map.of("n", 1L));
        String fromOld = sessionCookieFrom(app(oldSecret), Map.of("n", 2L));
        Flashkit rotated = app(newSecret, oldSecret, oldest);

        assertThat(opens(rotated, fromOldest)).isTrue();
        assertThat(opens(rotated, fromOld)).isTrue();
        assertThat(rotated.config().keyIds()).hasSize(3);
    }
}
