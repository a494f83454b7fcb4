package dev.flashkit.test;

import static dev.flashkit.test.FlashkitAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.flashkit.Flashkit;
import dev.flashkit.FlashkitConfig;
import dev.flashkit.messages.Level;
import dev.flashkit.messages.Message;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** htmx requests get pending messages in an {@code HX-Trigger} header that flashkit.js turns into toasts. */
class HtmxDeliveryTest {
    private final Flashkit flashkit = Flashkit.create(
            FlashkitConfig.builder().secret(TestSecrets.random()).build());
    private final TestBrowser browser = new TestBrowser(flashkit);

    private static TestExchange.Builder htmx(String method, String target) {
        return TestExchange.request(method, target).header("HX-Request", "true");
    }

    private List<Message> display() {
        AtomicReference<List<Message>> shown = new AtomicReference<>();
        browser.get("/", ctx -> shown.set(ctx.messages().consume()));
        return shown.get();
    }

    @Test
    void htmxRequest_messageAddedAndNotRendered_isDeliveredInHxTrigger() {
        TestExchange response =
                browser.send(htmx("POST", "/items"), (ctx, ex) -> ctx.messages().success("Item <3> added"));

        assertThat(response.responseHeader("HX-Trigger"))
                .startsWith("{\"flashkit:messages\":{\"messages\":[{\"id\":")
                .contains("\"level\":\"success\"")
                .contains("\"text\":\"Item <3> added\"");
        assertThat(response.responseHeader("Cache-Control")).isEqualTo("private, no-store");
        assertThat(response).hasNoMessages();
        assertThat(display()).hasNoMessages();
    }

    @Test
    void htmxRequest_handlerNeverTouchedMessages_stillReceivesPendingOnes() {
        browser.post("/save", (ctx, ex) -> ctx.messages().info("pending"));

        TestExchange response = browser.send(htmx("GET", "/fragment"), (ctx, ex) -> {});

        assertThat(response.responseHeader("HX-Trigger")).contains("\"text\":\"pending\"");
        assertThat(display()).hasNoMessages();
    }

    @Test
    void htmxRequest_renderedMessages_areNotDeliveredTwice() {
        TestExchange response = browser.send(htmx("POST", "/items"), (ctx, ex) -> {
            ctx.messages().success("shown in the fragment");
            ctx.messages().html();
            ctx.messages().now(Level.INFO, "toast only");
        });

        assertThat(response.responseHeader("HX-Trigger"))
                .contains("toast only")
                .doesNotContain("shown in the fragment");
    }

    @Test
    void htmxRequest_existingHxTriggerJson_isMerged() {
        TestExchange response = browser.send(htmx("POST", "/items"), (ctx, ex) -> {
            ex.setResponseHeader("HX-Trigger", "{\"itemAdded\":{\"id\":7}}");
            ctx.messages().success("Added");
        });

        assertThat(response.responseHeader("HX-Trigger"))
                .startsWith("{\"itemAdded\":{\"id\":7},\"flashkit:messages\":{\"messages\":[");
    }

    @Test
    void htmxRequest_existingEventNameList_isMerged() {
        TestExchange response = browser.send(htmx("POST", "/items"), (ctx, ex) -> {
            ex.setResponseHeader("HX-Trigger", "refreshList, closeModal");
            ctx.messages().success("Added");
        });

        assertThat(response.responseHeader("HX-Trigger"))
                .startsWith("{\"refreshList\":{},\"closeModal\":{},\"flashkit:messages\":");
    }

    @Test
    void htmxRequest_unmergeableHxTrigger_keepsTheMessagesForLater() {
        TestExchange response = browser.send(htmx("POST", "/items"), (ctx, ex) -> {
            ex.setResponseHeader("HX-Trigger", "{not json");
            ctx.messages().success("Added");
        });

        assertThat(response.responseHeader("HX-Trigger")).isEqualTo("{not json");
        assertThat(display()).hasMessages("Added");
    }

    @Test
    void htmxRequest_withHxRedirect_keepsMessagesForTheTarget() {
        TestExchange response = browser.send(htmx("POST", "/items"), (ctx, ex) -> {
            ctx.messages().success("Created");
            ex.setResponseHeader("HX-Redirect", "/items/5");
        });

        assertThat(response.responseHeader("HX-Trigger")).isNull();
        assertThat(response).allTargeting("/items/5");
    }

    @Test
    void htmxRequest_followingARedirect_receivesTheTargetedMessages() {
        browser.send(htmx("POST", "/items"), (ctx, ex) -> {
            ctx.messages().success("Created");
            ex.redirect("/items/5");
        });
        TestExchange elsewhere = browser.send(htmx("GET", "/sidebar"), (ctx, ex) -> {});
        TestExchange followed = browser.send(htmx("GET", "/items/5"), (ctx, ex) -> {});

        assertThat(elsewhere.responseHeader("HX-Trigger")).isNull();
        assertThat(followed.responseHeader("HX-Trigger")).contains("Created");
    }

    @Test
    void htmxRequest_nonAsciiText_isEscapedInTheHeader() {
        TestExchange response =
                browser.send(htmx("POST", "/"), (ctx, ex) -> ctx.messages().info("Grüße"));

        assertThat(response.responseHeader("HX-Trigger")).contains("Gr\\u00FC\\u00DFe");
    }

    @Test
    void htmxRequest_serverError_deliversNothing() {
        browser.post("/save", (ctx, ex) -> ctx.messages().info("pending"));
        TestExchange failed = browser.send(htmx("GET", "/fragment"), (ctx, ex) -> ex.status(500));

        assertThat(failed.responseHeader("HX-Trigger")).isNull();
        assertThat(display()).hasMessages("pending");
    }

    @Test
    void htmxRequest_keep_deliversNothing() {
        browser.post("/save", (ctx, ex) -> ctx.messages().info("pending"));
        TestExchange kept = browser.send(
                htmx("GET", "/fragment"), (ctx, ex) -> ctx.messages().keep());

        assertThat(kept.responseHeader("HX-Trigger")).isNull();
        assertThat(display()).hasMessages("pending");
    }

    @Test
    void htmxRequest_htmxMessagesDisabled_leavesMessagesForTheNextPage() {
        Flashkit quiet = Flashkit.create(FlashkitConfig.builder()
                .secret(TestSecrets.random())
                .htmxMessages(false)
                .build());
        TestBrowser b = new TestBrowser(quiet);
        TestExchange response =
                b.send(htmx("POST", "/items"), (ctx, ex) -> ctx.messages().success("Added"));

        assertThat(response.responseHeader("HX-Trigger")).isNull();
        assertThat(response).hasMessages("Added");
    }

    @Test
    void commit_nonHtmxRequest_setsNoHxTrigger() {
        TestExchange response =
                browser.post("/items", (ctx, ex) -> ctx.messages().success("Added"));

        assertThat(response.responseHeader("HX-Trigger")).isNull();
    }
}
