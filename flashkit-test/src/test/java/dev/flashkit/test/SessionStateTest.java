package dev.flashkit.test;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flashkit.Flashkit;
import dev.flashkit.FlashkitConfig;
import dev.flashkit.RequestContext;
import dev.flashkit.session.MemorySessionStore;
import dev.flashkit.session.SessionStore;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Dirty tracking, rotate, invalidate and expiry through the request lifecycle, on the cookie and memory stores. */
class SessionStateTest {
    private static final String NAME = "flashkit_session";

    private final TestClock clock = new TestClock();

    private Flashkit app(String store, Duration idleTimeout) {
        SessionStore sessionStore = store.equals("memory") ? MemorySessionStore.create(100, clock) : null;
        return Flashkit.create(FlashkitConfig.builder()
                .secret(TestSecrets.random())
                .clock(clock)
                .sessionStore(sessionStore)
                .sessionIdleTimeout(idleTimeout)
                .build());
    }

    private Flashkit app(String store) {
        return app(store, null);
    }

    private static TestExchange replay(Flashkit app, String cookie, java.util.function.Consumer<RequestContext> h) {
        TestExchange exchange =
                TestExchange.request("GET", "/").cookie(NAME, cookie).build();
        RequestContext context = app.open(exchange);
        h.accept(context);
        context.commit();
        return exchange;
    }

    @ParameterizedTest
    @ValueSource(strings = {"cookie", "memory"})
    void commit_untouchedReadOnlyOrUnchanged_writesNoCookieAndVariesOnCookieWhenRead(String store) {
        TestBrowser browser = new TestBrowser(app(store));
        browser.get("/", ctx -> ctx.session().put("user", "ada").put("n", 1));

        TestExchange untouched = browser.get("/app.css", ctx -> {});
        TestExchange readOnly = browser.get("/", ctx -> ctx.session().getString("user"));
        TestExchange unchanged =
                browser.get("/", ctx -> ctx.session().put("user", "ada").put("n", 1L));
        TestExchange removedNothing = browser.get("/", ctx -> ctx.session().remove("missing"));

        for (TestExchange exchange : new TestExchange[] {untouched, readOnly, unchanged, removedNothing}) {
            assertThat(exchange.responseHeaders("Set-Cookie")).isEmpty();
            assertThat(exchange.responseHeader("Cache-Control")).isNull();
        }
        assertThat(untouched.responseHeader("Vary")).isNull();
        for (TestExchange exchange : new TestExchange[] {readOnly, unchanged, removedNothing}) {
            assertThat(exchange.responseHeader("Vary")).as("read the session").isEqualTo("Cookie");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"cookie", "memory"})
    void maxAge_fractionOfASecondPassesBeforeCommit_cookieMaxAgeRoundedUp(String store) {
        SessionStore sessionStore = store.equals("memory") ? MemorySessionStore.create(100, clock) : null;
        TestBrowser browser = new TestBrowser(Flashkit.create(FlashkitConfig.builder()
                .secret(TestSecrets.random())
                .clock(clock)
                .sessionStore(sessionStore)
                .sessionMaxAge(Duration.ofSeconds(2))
                .build()));

        TestExchange created = browser.get("/", ctx -> {
            ctx.session().put("user", "ada");
            clock.advance(Duration.ofMillis(1)); // the handler takes a moment: 1.999 s of the session are left
        });

        assertThat(created.responseCookie(NAME).attribute("Max-Age")).isEqualTo("2");
    }

    @ParameterizedTest
    @ValueSource(strings = {"cookie", "memory"})
    void clear_thenLaterPut_deletesCookieAndRecordThenStartsAFreshSession(String store) {
        Flashkit app = app(store);
        TestBrowser browser = new TestBrowser(app);
        browser.get("/", ctx -> ctx.session().put("user", "ada"));
        String cleared = browser.cookies().get(NAME);
        String[] oldId = new String[1];
        browser.get("/", ctx -> oldId[0] = ctx.session().id());

        TestExchange clear = browser.post("/clear", (ctx, ex) -> ctx.session().clear());
        TestExchange put = browser.get("/", ctx -> {
            assertThat(ctx.session().isNew()).isTrue();
            ctx.session().put("cart", 1);
        });

        assertThat(clear.responseCookie(NAME).isDeletion()).isTrue();
        if (store.equals("memory")) { // a sealed cookie carries its data: only a server store can forget it
            replay(app, cleared, ctx -> assertThat(ctx.session().getString("user"))
                    .as("the old cookie must not bring the record back")
                    .isNull());
        }
        browser.get("/", ctx -> assertThat(ctx.session().id()).isNotEqualTo(oldId[0]));
        assertThat(put.responseCookie(NAME).isDeletion()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"cookie", "memory"})
    void commit_newSessionOnlyRead_writesNoCookie(String store) {
        TestBrowser browser = new TestBrowser(app(store));

        TestExchange exchange = browser.get("/", ctx -> {
            assertThat(ctx.session().isNew()).isTrue();
            assertThat(ctx.session().getString("user")).isNull();
        });

        assertThat(exchange.responseHeaders("Set-Cookie")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"cookie", "memory"})
    void rotate_sessionWithData_keepsDataAndChangesTheId(String store) {
        Flashkit app = app(store);
        TestBrowser browser = new TestBrowser(app);
        String[] ids = new String[2];
        browser.get("/", ctx -> {
            ctx.session().put("cart", "3 items");
            ids[0] = ctx.session().id();
        });
        String before = browser.cookies().get(NAME);

        TestExchange login = browser.post("/login", (ctx, ex) -> {
            ctx.session().rotate();
            ctx.session().put("user", "ada");
            ids[1] = ctx.session().id();
        });

        assertThat(ids[1]).isNotEqualTo(ids[0]);
        assertThat(login.responseCookie(NAME).isDeletion()).isFalse();
        assertThat(browser.cookies().get(NAME)).isNotEqualTo(before);
        browser.get("/", ctx -> {
            assertThat(ctx.session().id()).isEqualTo(ids[1]);
            assertThat(ctx.session().getString("cart")).isEqualTo("3 items");
            assertThat(ctx.session().getString("user")).isEqualTo("ada");
        });
        if (store.equals("memory")) {
            replay(app, before, ctx -> assertThat(ctx.session().isNew()).isTrue());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"cookie", "memory"})
    void rotate_withoutOtherChanges_stillWritesTheNewId(String store) {
        TestBrowser browser = new TestBrowser(app(store));
        browser.get("/", ctx -> ctx.session().put("user", "ada"));

        TestExchange rotated = browser.post("/login", (ctx, ex) -> ctx.session().rotate());

        assertThat(rotated.responseCookie(NAME)).isNotNull();
        assertThat(rotated.responseCookie(NAME).isDeletion()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"cookie", "memory"})
    void invalidate_sessionWithData_deletesTheCookieAndTheNextRequestStartsEmpty(String store) {
        TestBrowser browser = new TestBrowser(app(store));
        browser.get("/", ctx -> ctx.session().put("user", "ada"));

        TestExchange logout = browser.post("/logout", (ctx, ex) -> ctx.session().invalidate());

        assertThat(logout.responseCookie(NAME).isDeletion()).isTrue();
        assertThat(logout.responseHeader("Cache-Control")).isEqualTo("private, no-store");
        browser.get("/", ctx -> {
            assertThat(ctx.session().isNew()).isTrue();
            assertThat(ctx.session().isEmpty()).isTrue();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"cookie", "memory"})
    void invalidate_thenPutInTheSameRequest_startsAFreshSession(String store) {
        TestBrowser browser = new TestBrowser(app(store));
        String[] ids = new String[2];
        browser.get("/", ctx -> {
            ctx.session().put("user", "ada").put("secret", "x");
            ids[0] = ctx.session().id();
        });

        browser.post("/switch", (ctx, ex) -> {
            ctx.session().invalidate();
            ctx.session().put("user", "grace");
            ids[1] = ctx.session().id();
        });

        assertThat(ids[1]).isNotEqualTo(ids[0]);
        browser.get("/", ctx -> {
            assertThat(ctx.session().asMap()).containsOnlyKeys("user");
            assertThat(ctx.session().getString("user")).isEqualTo("grace");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"memory"})
    void invalidate_serverSideStore_copiedOldCookieNeverComesBack(String store) {
        Flashkit app = app(store);
        TestBrowser browser = new TestBrowser(app);
        browser.get("/", ctx -> ctx.session().put("user", "ada"));
        String copied = browser.cookies().get(NAME);
        browser.post("/logout", (ctx, ex) -> ctx.session().invalidate());

        TestExchange replayed = replay(app, copied, ctx -> {
            assertThat(ctx.session().isNew()).isTrue();
            ctx.session().put("late", true);
        });

        assertThat(replayed.responseCookie(NAME).value()).isNotEqualTo(copied);
        replay(app, copied, ctx -> assertThat(ctx.session().isNew()).isTrue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"cookie"})
    void invalidate_cookieStore_copiedOldCookieStillOpensUntilItExpires(String store) {
        // The documented limit of a pure cookie session (docs/sessions.md): nothing on the server to revoke.
        Flashkit app = app(store);
        TestBrowser browser = new TestBrowser(app);
        browser.get("/", ctx -> ctx.session().put("user", "ada"));
        String copied = browser.cookies().get(NAME);
        browser.post("/logout", (ctx, ex) -> ctx.session().invalidate());

        replay(app, copied, ctx -> assertThat(ctx.session().getString("user")).isEqualTo("ada"));
        clock.advance(Duration.ofDays(14));
        replay(app, copied, ctx -> assertThat(ctx.session().isNew()).isTrue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"cookie", "memory"})
    void maxAge_activeSession_stillEndsFourteenDaysAfterCreation(String store) {
        TestBrowser browser = new TestBrowser(app(store));
        TestExchange created = browser.get("/", ctx -> ctx.session().put("n", 0));
        assertThat(created.responseCookie(NAME).attribute("Max-Age")).isEqualTo(String.valueOf(14 * 24 * 3600));

        for (int day = 1; day < 14; day++) {
            clock.advance(Duration.ofDays(1));
            long n = day;
            browser.get("/", ctx -> {
                assertThat(ctx.session().isNew()).isFalse();
                ctx.session().put("n", n);
            });
        }
        clock.advance(Duration.ofDays(1).minusMinutes(1));
        browser.get("/", ctx -> assertThat(ctx.session().getLong("n", -1)).isEqualTo(13));
        clock.advance(Duration.ofMinutes(1));

        TestExchange expired = browser.get("/", ctx -> {
            assertThat(ctx.session().isNew()).isTrue();
            assertThat(ctx.session().isEmpty()).isTrue();
        });
        if (store.equals("cookie")) {
            assertThat(expired.responseCookie(NAME).isDeletion()).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"cookie", "memory"})
    void idleTimeout_activityThenSilence_keepsTheSessionAliveThenEndsIt(String store) {
        TestBrowser browser = new TestBrowser(app(store, Duration.ofMinutes(30)));
        browser.get("/", ctx -> ctx.session().put("user", "ada"));

        for (int i = 0; i < 6; i++) {
            clock.advance(Duration.ofMinutes(20));
            browser.get("/", ctx -> assertThat(ctx.session().getString("user")).isEqualTo("ada"));
        }
        clock.advance(Duration.ofMinutes(31));

        browser.get("/", ctx -> {
            assertThat(ctx.session().isNew()).isTrue();
            assertThat(ctx.session().getString("user")).isNull();
        });
    }
}
