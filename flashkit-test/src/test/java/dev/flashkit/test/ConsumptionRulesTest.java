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

/** Only real displays consume; everything else leaves messages (and cookies) alone. */
class ConsumptionRulesTest {
    private final Flashkit flashkit = Flashkit.create(
            FlashkitConfig.builder().secret(TestSecrets.random()).build());
    private final TestBrowser browser = new TestBrowser(flashkit);

    @BeforeEach
    void flashOne() {
        browser.post("/save", (ctx, ex) -> ctx.messages().success("Saved"));
    }

    private List<Message> display(TestExchange.Builder request) {
        AtomicReference<List<Message>> shown = new AtomicReference<>();
        browser.send(request, (ctx, ex) -> shown.set(ctx.messages().consume()));
        return shown.get();
    }

    private List<Message> display() {
        return display(TestExchange.request("GET", "/"));
    }

    @Test
    void messages_untouchedRequest_leavesMessagesAndWritesNoCookie() {
        TestExchange asset = browser.get("/static/app.js", ctx -> {});
        TestExchange health = browser.get("/health", ctx -> ctx.session().get("anything"));

        assertThat(asset.responseHeaders("Set-Cookie")).isEmpty();
        assertThat(asset.responseHeader("Cache-Control")).isNull();
        assertThat(health.responseHeaders("Set-Cookie")).isEmpty();
        assertThat(display()).hasMessages("Saved");
    }

    @Test
    void peek_withoutConsume_leavesMessagesAndWritesNoCookie() {
        TestExchange peeked = browser.get("/", ctx -> assertThat(ctx).hasMessages("Saved"));

        assertThat(peeked.responseHeaders("Set-Cookie")).isEmpty();
        assertThat(peeked.responseHeader("Cache-Control")).isEqualTo("private, no-store");
        assertThat(display()).hasMessages("Saved");
    }

    @Test
    void consume_pendingMessages_marksTheResponsePrivateAndVaryCookie() {
        TestExchange page = browser.get("/", ctx -> ctx.messages().consume());

        assertThat(page.responseHeader("Cache-Control")).isEqualTo("private, no-store");
        assertThat(page.responseHeader("Vary")).isEqualTo("Cookie");
    }

    @Test
    void consume_secPurposePrefetch_showsButDoesNotConsume() {
        List<Message> prefetched = display(TestExchange.request("GET", "/next").header("Sec-Purpose", "prefetch"));
        List<Message> prerendered =
                display(TestExchange.request("GET", "/next").header("Sec-Purpose", "prefetch;prerender"));

        assertThat(prefetched).hasMessages("Saved");
        assertThat(prerendered).hasMessages("Saved");
        assertThat(display()).hasMessages("Saved");
    }

    @Test
    void consume_purposePrefetch_doesNotConsume() {
        display(TestExchange.request("GET", "/next").header("Purpose", "prefetch"));

        assertThat(display()).hasMessages("Saved");
    }

    @Test
    void consume_headRequest_doesNotConsume() {
        TestExchange head = browser.send(
                TestExchange.request("HEAD", "/"), (ctx, ex) -> ctx.messages().consume());

        assertThat(head.responseHeaders("Set-Cookie")).isEmpty();
        assertThat(display()).hasMessages("Saved");
    }

    @Test
    void consume_serverError_doesNotConsume() {
        browser.get("/", (ctx, ex) -> {
            ctx.messages().consume();
            ex.status(500);
        });

        assertThat(display()).hasMessages("Saved");
    }

    @Test
    void add_serverError_keepsMessagesAddedInThatRequest() {
        browser.get("/", (ctx, ex) -> {
            ctx.messages().error("Could not save");
            ex.status(503);
        });

        assertThat(display()).hasMessages("Saved", "Could not save");
    }

    @Test
    void consume_onClientErrorPage_keepsStoredMessagesForTheNextPage() {
        browser.get("/missing", (ctx, ex) -> {
            ctx.messages().consume();
            ex.status(404);
        });

        assertThat(display()).hasMessages("Saved");
    }

    @Test
    void consume_ownMessageOnClientErrorPage_isNotShownAgain() {
        display();
        browser.post("/form", (ctx, ex) -> {
            ctx.messages().error("Name is required");
            ctx.messages().consume();
            ex.status(422);
        });

        assertThat(display()).hasNoMessages();
    }

    @Test
    void html_pendingMessages_consumesAndRendersTheContractMarkup() {
        AtomicReference<String> html = new AtomicReference<>();
        browser.get("/", ctx -> html.set(ctx.messages().html()));

        assertThat(html.get())
                .startsWith("<div class=\"flashkit-messages\" data-flashkit-messages>")
                .contains("<span class=\"flashkit-text\">Saved</span>");
        assertThat(display()).hasNoMessages();
    }

    @Test
    void json_pendingMessages_consumesAndWritesTheContractShape() {
        AtomicReference<String> json = new AtomicReference<>();
        browser.get("/api/messages", ctx -> json.set(ctx.messages().json()));

        assertThat(json.get()).startsWith("{\"messages\":[{\"id\":").contains("\"text\":\"Saved\"");
        assertThat(display()).hasNoMessages();
    }

    @Test
    void consume_twiceInOneRequest_returnsTheSameMessages() {
        AtomicReference<List<Message>> first = new AtomicReference<>();
        AtomicReference<List<Message>> second = new AtomicReference<>();
        browser.get("/", ctx -> {
            first.set(ctx.messages().consume());
            second.set(ctx.messages().consume());
        });

        assertThat(first.get()).hasMessages("Saved");
        assertThat(second.get()).isEqualTo(first.get());
    }

    @Test
    void consume_withoutAnyMessages_writesNothing() {
        display();
        TestExchange empty = browser.get("/", ctx -> ctx.messages().consume());

        assertThat(empty.responseHeaders("Set-Cookie")).isEmpty();
    }
}
