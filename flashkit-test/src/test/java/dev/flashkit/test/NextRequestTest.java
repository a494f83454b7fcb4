package dev.flashkit.test;

import static dev.flashkit.test.FlashkitAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flashkit.Flashkit;
import dev.flashkit.FlashkitConfig;
import dev.flashkit.RequestContext;
import dev.flashkit.messages.CookieMessageStorage;
import dev.flashkit.messages.Level;
import dev.flashkit.messages.Message;
import dev.flashkit.messages.MessageStorage;
import dev.flashkit.messages.SessionMessageStorage;
import dev.flashkit.session.MemorySessionStore;
import dev.flashkit.spi.RequestScope;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@link NextRequest} opens a response's cookies as the browser's next request would see them: session values
 * and stored messages, from the cookie or the Flashkit's own store, without consuming; cookies it cannot open
 * are an error naming the cookie.
 */
class NextRequestTest {
    private final Flashkit flashkit = Flashkit.create(
            FlashkitConfig.builder().secret(TestSecrets.random()).build());
    private final TestBrowser browser = new TestBrowser(flashkit);

    private static List<String> setCookies(TestExchange exchange) {
        return exchange.responseHeaders("Set-Cookie");
    }

    @Test
    void after_responseWritingSessionAndMessages_showsBoth() {
        TestExchange post = browser.post("/items", (ctx, ex) -> {
            ctx.session().put("lastItem", "widget").put("count", 2);
            ctx.messages().success("Item 'widget' added");
            ex.redirect("/items");
        });

        NextRequest next = NextRequest.after(flashkit, setCookies(post));

        assertThat(next.session()).isEqualTo(Map.of("lastItem", "widget", "count", 2L));
        assertThat(next).hasMessages("Item 'widget' added").allTargeting("/items");
        assertThat(next.messages().get(0).level()).isEqualTo(Level.SUCCESS);
        assertThat(next.sessionDeleted()).isFalse();
        assertThat(next.cookies()).containsOnlyKeys("flashkit_session", "flashkit_messages");
    }

    @Test
    void after_responseThatSetsNoCookie_keepsTheRequestCookies() {
        browser.post("/items", (ctx, ex) -> {
            ctx.session().put("lastItem", "widget");
            ctx.messages().info("kept");
        });
        Map<String, String> sent = browser.cookies();
        TestExchange asset = browser.get("/app.css", ctx -> {});

        NextRequest next = NextRequest.after(flashkit, sent, setCookies(asset));

        assertThat(setCookies(asset)).isEmpty();
        assertThat(next.session()).containsEntry("lastItem", "widget");
        assertThat(next).hasMessages("kept");
    }

    @Test
    void after_messagesDisplayedByTheResponse_showsNoneLeft() {
        browser.post("/items", (ctx, ex) -> ctx.messages().info("shown once"));
        Map<String, String> sent = browser.cookies();
        TestExchange page = browser.get("/items", ctx -> ctx.messages().consume());

        assertThat(NextRequest.after(flashkit, sent, setCookies(page))).hasNoMessages();
        assertThat(NextRequest.after(flashkit, sent, List.of())).hasMessages("shown once");
    }

    @Test
    void after_opening_consumesNothing() {
        TestExchange post = browser.post("/items", (ctx, ex) -> ctx.messages().info("still there"));

        NextRequest.after(flashkit, setCookies(post));
        NextRequest.after(flashkit, setCookies(post));

        browser.get("/items", ctx -> assertThat(ctx.messages().consume()).hasMessages("still there"));
    }

    @Test
    void after_invalidatedSession_isDeletedAndEmpty() {
        browser.post("/login", (ctx, ex) -> ctx.session().put("user", "ada"));
        Map<String, String> sent = browser.cookies();
        TestExchange logout = browser.post("/logout", (ctx, ex) -> {
            ctx.session().invalidate();
            ctx.messages().info("Signed out");
        });

        NextRequest next = NextRequest.after(flashkit, sent, setCookies(logout));

        assertThat(next.sessionDeleted()).isTrue();
        assertThat(next.session()).isEmpty();
        assertThat(next.cookies()).doesNotContainKey("flashkit_session");
        assertThat(next).hasMessages("Signed out");
    }

    @Test
    void after_memoryStore_readsTheSessionFromTheFlashkitsStore() {
        Flashkit memory = Flashkit.create(FlashkitConfig.builder()
                .secret(TestSecrets.random())
                .sessionStore(MemorySessionStore.create(100))
                .build());
        TestExchange post =
                new TestBrowser(memory).post("/", (ctx, ex) -> ctx.session().put("cart", List.of("tea")));

        assertThat(NextRequest.after(memory, setCookies(post)).session()).containsEntry("cart", List.of("tea"));
        assertThatThrownBy(() -> NextRequest.after(
                        Flashkit.create(FlashkitConfig.builder()
                                .secret(TestSecrets.random())
                                .sessionStore(MemorySessionStore.create(100))
                                .build()),
                        setCookies(post)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("flashkit_session cookie does not open")
                .hasMessageContaining("names a session its store does not hold");
    }

    @Test
    void after_messagesKeptInTheSession_listsThemWithoutTheReservedKey() {
        Flashkit inSession = Flashkit.create(FlashkitConfig.builder()
                .secret(TestSecrets.random())
                .messageStorage(SessionMessageStorage.create())
                .build());
        TestExchange post = new TestBrowser(inSession).post("/", (ctx, ex) -> {
            ctx.session().put("user", "ada");
            ctx.messages().warning("in the session");
        });

        NextRequest next = NextRequest.after(inSession, setCookies(post));

        assertThat(next).hasMessage(Level.WARNING, "in the session");
        assertThat(next.session()).containsOnlyKeys("user");
    }

    @Test
    void after_anotherFlashkitsSecret_failsNamingTheCookie() {
        TestExchange post = browser.post("/", (ctx, ex) -> ctx.messages().success("Saved"));
        Flashkit other = Flashkit.create(
                FlashkitConfig.builder().secret(TestSecrets.random()).build());

        assertThatThrownBy(() -> NextRequest.after(other, setCookies(post)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("flashkit_messages cookie does not open with this Flashkit")
                .hasMessageContaining("would see no messages")
                .hasMessageContaining("application's own Flashkit");
    }

    @Test
    void after_tamperedSessionCookie_failsNamingTheCookie() {
        browser.post("/", (ctx, ex) -> ctx.session().put("user", "ada"));
        String good = browser.cookies().get("flashkit_session");
        String tampered = good.substring(0, good.length() - 2) + (good.endsWith("AA") ? "BB" : "AA");

        assertThatThrownBy(() -> NextRequest.after(flashkit, Map.of("flashkit_session", tampered), List.of()))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("flashkit_session cookie does not open")
                .hasMessageContaining("would see no session");
    }

    @Test
    void after_storageThatClaimsWhileLoading_isNotOfferedAClaim() {
        List<Optional<String>> claimTargets = new ArrayList<>();
        MessageStorage recording = new MessageStorage() {
            @Override
            public List<Message> load(RequestScope scope) {
                claimTargets.add(scope.claimTarget());
                return CookieMessageStorage.create().load(scope);
            }

            @Override
            public List<Message> store(RequestScope scope, List<Message> messages) {
                return CookieMessageStorage.create().store(scope, messages);
            }
        };
        Flashkit claiming = Flashkit.create(FlashkitConfig.builder()
                .secret(TestSecrets.random())
                .messageStorage(recording)
                .build());
        TestExchange post =
                new TestBrowser(claiming).post("/", (ctx, ex) -> ctx.messages().info("x"));
        claimTargets.clear();

        NextRequest.after(claiming, setCookies(post));

        assertThat(claimTargets).containsExactly(Optional.empty());
    }

    @Test
    void cookieHeader_sentWithTheNextRequest_carriesTheSessionOn() {
        TestExchange post = browser.post("/", (ctx, ex) -> {
            ctx.session().put("user", "ada");
            ctx.messages().info("hi");
        });
        String header = NextRequest.after(flashkit, setCookies(post)).cookieHeader();
        TestExchange.Builder next = TestExchange.request("GET", "/");
        for (String pair : header.split("; ")) {
            int eq = pair.indexOf('=');
            next.cookie(pair.substring(0, eq), pair.substring(eq + 1));
        }

        RequestContext context = flashkit.open(next.build());

        assertThat(context.session().getString("user")).isEqualTo("ada");
        assertThat(context.messages().consume()).hasMessages("hi");
        assertThat(NextRequest.after(flashkit, List.of()).cookieHeader()).isEmpty();
    }

    @Test
    void toString_namesKeysButNoValues() {
        TestExchange post = browser.post("/", (ctx, ex) -> ctx.session().put("user", "ada-lovelace"));
        NextRequest next = NextRequest.after(flashkit, setCookies(post));

        assertThat(next.toString())
                .contains("flashkit_session", "user")
                .doesNotContain("ada-lovelace")
                .doesNotContain(next.cookies().get("flashkit_session"));
    }

    @Test
    void assertThat_nextRequestWithOtherMessages_failsShowingThem() {
        TestExchange post = browser.post("/", (ctx, ex) -> ctx.messages().error("Nope"));
        NextRequest next = NextRequest.after(flashkit, setCookies(post));

        assertThatThrownBy(() -> assertThat(next).hasMessage(Level.SUCCESS, "Saved"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("the next request")
                .hasMessageContaining("error:Nope");
    }

    @Test
    void withResponseStatus_failedAssertion_namesStatusAndRedirect() {
        TestExchange post = browser.post("/items", (ctx, ex) -> {
            ctx.messages().error("Name is required");
            ex.redirect("/items/new");
        });

        NextRequest next = NextRequest.after(flashkit, setCookies(post)).withResponseStatus(303, "/items/new");

        assertThatThrownBy(() -> assertThat(next).hasMessage(Level.SUCCESS, "Saved"))
                .hasMessage("Expected the next request (after a response with status 303, redirect to /items/new) to"
                        + " carry a success message 'Saved' but it carried [error:Name is required@/items/new]");
        assertThatThrownBy(() -> assertThat(next.withResponseStatus(403, null)).hasNoMessages())
                .hasMessageStartingWith(
                        "Expected the next request (after a response with status 403) to carry no" + " messages");
        assertThat(next.withResponseStatus(403, null).messages()).isEqualTo(next.messages());
    }

    @Test
    void withResponseStatus_notAnHttpStatus_isRefused() {
        NextRequest next = NextRequest.after(flashkit, List.of());

        assertThatThrownBy(() -> next.withResponseStatus(0, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("status must be an HTTP status code (100 to 599), not 0");
    }
}
