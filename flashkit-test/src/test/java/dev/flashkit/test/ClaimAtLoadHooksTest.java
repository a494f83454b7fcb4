package dev.flashkit.test;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flashkit.Flashkit;
import dev.flashkit.FlashkitConfig;
import dev.flashkit.RequestContext;
import dev.flashkit.messages.CookieMessageStorage;
import dev.flashkit.messages.Message;
import dev.flashkit.messages.MessageStorage;
import dev.flashkit.spi.RequestScope;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The hooks for storages that claim messages while the session loads (the Redis store): which requests
 * may claim and for which target ({@code RequestScope.claimTarget()}), a storage that holds messages
 * gets its commit even when the handler never used messages, and a failed request ({@code abandon()})
 * releases them and saves nothing.
 */
class ClaimAtLoadHooksTest {
    /**
     * The cookie storage, recording what the hooks see; {@link #hold} does what a store that claims while the
     * session loads does: it tells the request's scope it holds messages, and how to put them back.
     */
    private static final class Recording implements MessageStorage {
        final List<Optional<String>> targetsAtLoad = new ArrayList<>();
        final List<List<Message>> stored = new ArrayList<>();
        int releases;

        void hold(RequestScope scope) {
            scope.holdMessages();
            scope.onAbandon(() -> releases++);
        }

        @Override
        public List<Message> load(RequestScope scope) {
            targetsAtLoad.add(scope.claimTarget());
            return CookieMessageStorage.create().load(scope);
        }

        @Override
        public List<Message> store(RequestScope scope, List<Message> messages) {
            stored.add(messages);
            return CookieMessageStorage.create().store(scope, messages);
        }
    }

    private final Recording storage = new Recording();
    private final Flashkit flashkit = Flashkit.create(FlashkitConfig.builder()
            .secret(TestSecrets.random())
            .messageStorage(storage)
            .build());

    private Optional<String> target(String method, String path, Map<String, String> headers) {
        TestExchange.Builder request = TestExchange.request(method, path);
        headers.forEach(request::header);
        return flashkit.open(request.build()).scope().claimTarget();
    }

    @Test
    void claimTarget_pageNavigation_isItsPathAndQuery() {
        assertThat(target("GET", "/items?page=2", Map.of())).contains("/items?page=2");
        assertThat(target("GET", "/caf%c3%a9", Map.of("Sec-Fetch-Dest", "document")))
                .contains("/caf%C3%A9");
        assertThat(target("GET", "/frame", Map.of("Sec-Fetch-Dest", "iframe"))).contains("/frame");
    }

    @Test
    void claimTarget_htmxRequest_anyMethod_isPresent() {
        assertThat(target("POST", "/items", Map.of("HX-Request", "true", "Sec-Fetch-Dest", "empty")))
                .contains("/items");
    }

    @Test
    void claimTarget_requestsThatMustNotOrRarelyDisplay_isEmpty() {
        assertThat(target("HEAD", "/", Map.of())).isEmpty();
        assertThat(target("GET", "/", Map.of("Sec-Purpose", "prefetch;prerender")))
                .isEmpty();
        assertThat(target("GET", "/", Map.of("Purpose", "prefetch"))).isEmpty();
        assertThat(target("POST", "/items", Map.of())).isEmpty();
        assertThat(target("GET", "/api/items", Map.of("Sec-Fetch-Dest", "empty")))
                .isEmpty();
        assertThat(target("GET", "/avatar.png", Map.of("Sec-Fetch-Dest", "image")))
                .isEmpty();
        assertThat(target("HEAD", "/", Map.of("HX-Request", "true"))).isEmpty();
    }

    @Test
    void claimTarget_duringCommit_onlyForAnHtmxDelivery_andNeverAfter() {
        TestBrowser browser = new TestBrowser(flashkit);
        browser.post("/", (ctx, ex) -> ctx.messages().info("pending"));
        storage.targetsAtLoad.clear();

        browser.send(TestExchange.request("GET", "/fragment").header("HX-Request", "true"), (ctx, ex) -> {});
        RequestContext[] redirected = new RequestContext[1];
        browser.get("/old", (ctx, ex) -> {
            redirected[0] = ctx;
            ex.redirect("/new");
        });

        assertThat(storage.targetsAtLoad).containsExactly(Optional.of("/fragment"), Optional.empty());
        assertThat(redirected[0].scope().claimTarget()).isEmpty();
    }

    @Test
    void commit_storageHoldsMessages_handlerNeverUsedThem_storesThem() {
        TestBrowser browser = new TestBrowser(flashkit);
        browser.post("/", (ctx, ex) -> ctx.messages().info("pending"));
        storage.stored.clear();

        browser.get("/profile", ctx -> {
            ctx.session().get("user"); // as a store that claims with the session load would
            storage.hold(ctx.scope());
        });

        assertThat(storage.stored).hasSize(1);
        assertThat(storage.stored.get(0)).extracting(m -> m.text().value()).containsExactly("pending");
    }

    @Test
    void commit_storageHoldsNothing_handlerNeverUsedMessages_storesNothing() {
        TestBrowser browser = new TestBrowser(flashkit);
        browser.post("/", (ctx, ex) -> ctx.messages().info("pending"));
        storage.stored.clear();

        browser.get("/profile", ctx -> ctx.session().get("user"));

        assertThat(storage.stored).isEmpty();
    }

    @Test
    void abandon_failedRequest_releasesAndSavesNothing() {
        TestBrowser browser = new TestBrowser(flashkit);
        browser.post("/", (ctx, ex) -> ctx.messages().info("pending"));
        storage.stored.clear();
        TestExchange exchange =
                TestExchange.request("GET", "/boom").cookies(browser.cookies()).build();
        RequestContext context = flashkit.open(exchange);
        context.session().put("half", "done");
        context.messages().info("Saved");
        storage.hold(context.scope());

        context.abandon();
        context.commit();
        context.abandon();

        assertThat(storage.releases).isEqualTo(1);
        assertThat(storage.stored).isEmpty();
        assertThat(exchange.responseHeaders("Set-Cookie")).isEmpty();
    }

    @Test
    void abandon_afterCommit_doesNothing() {
        TestBrowser browser = new TestBrowser(flashkit);
        RequestContext[] context = new RequestContext[1];
        browser.get("/", (ctx, ex) -> {
            context[0] = ctx;
            ctx.session().get("user");
        });

        context[0].abandon();

        assertThat(storage.releases).isZero();
    }
}
