package dev.flashkit.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flashkit.Flashkit;
import dev.flashkit.FlashkitConfig;
import dev.flashkit.RequestContext;
import dev.flashkit.messages.FallbackMessageStorage;
import dev.flashkit.messages.Message;
import dev.flashkit.session.MemorySessionStore;
import dev.flashkit.session.SessionChanges;
import dev.flashkit.session.SessionData;
import dev.flashkit.session.SessionStore;
import dev.flashkit.session.SessionStoreException;
import dev.flashkit.spi.RequestScope;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;

/** The non-blocking request path: {@code prepare()}, a handler working in memory, {@code commitAsync()}. */
class NonBlockingPathTest {
    private final TestClock clock = new TestClock();
    private final AsyncOnly stores = new AsyncOnly();

    private Flashkit flashkit(SessionStore sessionStore) {
        return Flashkit.create(FlashkitConfig.builder()
                .secret(TestSecrets.random())
                .clock(clock)
                .sessionStore(stores.sessionStore(sessionStore))
                .messageStorage(stores.messageStorage(FallbackMessageStorage.create()))
                .build());
    }

    @Test
    void prepareAndCommitAsync_sessionAndFlash_useOnlyTheStoresAsyncMethods() {
        TestBrowser browser = TestBrowser.nonBlocking(flashkit(MemorySessionStore.create(100, clock)));

        browser.post("/items", (ctx, exchange) -> {
            ctx.session().put("user", "ada");
            ctx.messages().success("Item saved");
            exchange.redirect("/items/3");
        });
        browser.get("/items/3", ctx -> {
            assertThat(ctx.session().get("user")).isEqualTo("ada");
            assertThat(ctx.messages().consume())
                    .extracting(Message::text)
                    .extracting(t -> t.value())
                    .containsExactly("Item saved");
        });
        browser.get("/items/3", ctx -> assertThat(ctx.messages().consume()).isEmpty());

        assertThat(stores.calls.get()).isPositive();
    }

    @Test
    void prepare_noSessionCookie_asksNoStore() {
        Flashkit flashkit = flashkit(MemorySessionStore.create(100, clock));
        RequestContext context = flashkit.open(TestExchange.get("/"));

        ThroughAsync.await(context.prepare());

        assertThat(stores.calls.get()).isEqualTo(1); // the messages' loadAsync, which reads only cookies here
        ThroughAsync.await(context.commitAsync());
        assertThat(stores.calls.get()).isEqualTo(1);
    }

    @Test
    void commitAsync_preparedSessionTheHandlerNeverUsed_doesNotVaryOnCookie() {
        TestBrowser browser = TestBrowser.nonBlocking(flashkit(MemorySessionStore.create(100, clock)));
        browser.post("/login", (ctx, exchange) -> ctx.session().put("user", "ada"));

        TestExchange plain = browser.get("/plain", ctx -> {}); // prepare() loaded the session; the page never read it

        assertThat(plain.responseHeaders("Vary")).isEmpty();
        assertThat(plain.responseHeader("Cache-Control")).isNull();
    }

    @Test
    void commitAsync_handlerReadsPreparedSession_variesOnCookie() {
        TestBrowser browser = TestBrowser.nonBlocking(flashkit(MemorySessionStore.create(100, clock)));
        browser.post("/login", (ctx, exchange) -> ctx.session().put("user", "ada"));

        TestExchange page = browser.get("/account", ctx -> ctx.session().get("user"));

        assertThat(page.responseHeaders("Vary")).containsExactly("Cookie");
    }

    @Test
    void prepare_storeFails_stageFailsWithTheStoreExceptionAndTheContextKeepsIt() {
        SessionStoreException down = new SessionStoreException("store down");
        SessionStore failing = new MemoryStoreFailingAsync(down);
        TestExchange exchange = TestExchange.request("GET", "/")
                .cookie("flashkit_session", "some-id")
                .build();
        RequestContext context = flashkit(failing).open(exchange);

        assertThatThrownBy(() -> ThroughAsync.await(context.prepare())).isSameAs(down);
        assertThat(context.storeFailure()).contains(down);
        assertThatThrownBy(() -> context.session().get("user")).isSameAs(down);
    }

    /** A memory store whose async load fails, as Redis does when it is down. */
    private static final class MemoryStoreFailingAsync implements SessionStore {
        private final SessionStore memory = MemorySessionStore.create(10);
        private final SessionStoreException failure;

        MemoryStoreFailingAsync(SessionStoreException failure) {
            this.failure = failure;
        }

        @Override
        public Optional<SessionData> load(String cookieValue) {
            return memory.load(cookieValue);
        }

        @Override
        public CompletionStage<Optional<SessionData>> loadAsync(String cookieValue, RequestScope scope) {
            return CompletableFuture.failedFuture(failure);
        }

        @Override
        public Optional<String> save(SessionData session, SessionChanges changes, Duration ttl) {
            return memory.save(session, changes, ttl);
        }

        @Override
        public void delete(String id) {
            memory.delete(id);
        }
    }
}
