package dev.flashkit.test;

import static dev.flashkit.test.FlashkitAssertions.assertThat;

import dev.flashkit.Flashkit;
import dev.flashkit.FlashkitConfig;
import dev.flashkit.messages.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The atomic consume hook: a request displays only the messages its storage lets it claim. The storage
 * here is the cookie storage plus a claim register shared by "parallel" requests, as a shared store does.
 */
class ClaimHookTest {
    private final ClaimOnce storage = new ClaimOnce();
    private final Flashkit flashkit = Flashkit.create(FlashkitConfig.builder()
            .secret(TestSecrets.random())
            .messageStorage(storage)
            .build());

    @Test
    void consume_parallelRequestsOfOneClient_displaysEachMessageOnce() {
        TestBrowser browser = new TestBrowser(flashkit);
        browser.post("/", (ctx, ex) -> {
            ctx.messages().info("one");
            ctx.messages().info("two");
        });
        // two tabs send the same cookie at the same time: both load both messages
        var cookies = browser.cookies();
        var tab1 =
                flashkit.open(TestExchange.request("GET", "/").cookies(cookies).build());
        var tab2 =
                flashkit.open(TestExchange.request("GET", "/").cookies(cookies).build());
        tab1.messages().peek();
        tab2.messages().peek();

        List<Message> shown1 = tab1.messages().consume();
        List<Message> shown2 = tab2.messages().consume();
        tab1.commit();
        tab2.commit();

        List<Message> all = new ArrayList<>(shown1);
        all.addAll(shown2);
        assertThat(all).hasMessages("one", "two");
        assertThat(shown2).hasNoMessages();
    }

    @Test
    void peek_pendingMessages_neverClaims() {
        TestBrowser browser = new TestBrowser(flashkit);
        browser.post("/", (ctx, ex) -> ctx.messages().info("one"));
        browser.get("/", ctx -> ctx.messages().peek());

        org.assertj.core.api.Assertions.assertThat(storage.claims()).isEmpty();
        AtomicReference<List<Message>> shown = new AtomicReference<>();
        browser.get("/", ctx -> shown.set(ctx.messages().consume()));
        assertThat(shown.get()).hasMessages("one");
    }

    @Test
    void consume_messagesAddedInTheRequest_areNeverClaimedFromStorage() {
        TestBrowser browser = new TestBrowser(flashkit);
        browser.get("/", ctx -> {
            ctx.messages().info("local");
            ctx.messages().consume();
        });

        org.assertj.core.api.Assertions.assertThat(storage.claims()).isEmpty();
    }
}
