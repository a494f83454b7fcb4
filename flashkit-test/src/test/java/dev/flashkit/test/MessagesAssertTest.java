package dev.flashkit.test;

import static dev.flashkit.test.FlashkitAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flashkit.Flashkit;
import dev.flashkit.FlashkitConfig;
import dev.flashkit.messages.Level;
import org.junit.jupiter.api.Test;

/** The user-facing assertions pass on the right messages and fail with a clear message otherwise. */
class MessagesAssertTest {
    private final Flashkit flashkit = Flashkit.create(
            FlashkitConfig.builder().secret(TestSecrets.random()).build());
    private final TestBrowser browser = new TestBrowser(flashkit);

    @Test
    void hasMessages_otherTexts_failsNamingBoth() {
        TestExchange post = browser.post("/", (ctx, ex) -> ctx.messages().success("Saved"));

        assertThat(post).hasMessages("Saved").hasMessage(Level.SUCCESS, "Saved");
        assertThatThrownBy(() -> assertThat(post).hasMessages("Deleted"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("[Deleted]")
                .hasMessageContaining("[Saved]");
        assertThatThrownBy(() -> assertThat(post).hasMessage(Level.ERROR, "Saved"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("error message 'Saved'");
    }

    @Test
    void hasNoMessages_withMessages_fails() {
        TestExchange post = browser.post("/", (ctx, ex) -> ctx.messages().info("x"));

        assertThatThrownBy(() -> assertThat(post).hasNoMessages())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("info:x");
    }

    @Test
    void allTargeting_untargeted_fails() {
        TestExchange post = browser.post("/", (ctx, ex) -> ctx.messages().info("x"));

        assertThat(post).noneTargeted();
        assertThatThrownBy(() -> assertThat(post).allTargeting("/a")).isInstanceOf(AssertionError.class);
    }

    @Test
    void assertThat_exchangeNotFromABrowser_isRefused() {
        assertThatThrownBy(() -> assertThat(TestExchange.get("/")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("TestBrowser");
    }

    @Test
    void assertThat_onRequestContext_doesNotConsume() {
        browser.post("/", (ctx, ex) -> ctx.messages().info("x"));
        browser.get("/", ctx -> assertThat(ctx).hasMessages("x"));

        browser.get("/", ctx -> assertThat(ctx).hasMessages("x"));
    }
}
