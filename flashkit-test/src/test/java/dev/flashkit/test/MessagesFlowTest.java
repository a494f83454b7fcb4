package dev.flashkit.test;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flashkit.Flashkit;
import dev.flashkit.FlashkitConfig;
import dev.flashkit.messages.Message;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessagesFlowTest {
    private final TestClock clock = new TestClock();
    private final Flashkit flashkit = Flashkit.create(
            FlashkitConfig.builder().secret(TestSecrets.random()).clock(clock).build());
    private final TestBrowser browser = new TestBrowser(flashkit);

    @Test
    void success_thenRedirect_showsOnTargetOnce() {
        TestExchange post = browser.post("/items", (ctx, ex) -> {
            ctx.messages().success("Item saved");
            ex.redirect("/items/3");
        });
        List<Message>[] shown = new List[2];
        TestExchange get =
                browser.get("/items/3", ctx -> shown[0] = ctx.messages().consume());
        browser.get("/items/3", ctx -> shown[1] = ctx.messages().consume());

        assertThat(post.responseCookie("flashkit_messages")).isNotNull();
        assertThat(shown[0]).extracting(m -> m.text().value()).containsExactly("Item saved");
        assertThat(shown[1]).isEmpty();
        assertThat(get.responseCookie("flashkit_messages").isDeletion()).isTrue();
        assertThat(get.responseHeader("Cache-Control")).isEqualTo("private, no-store");
    }
}
