package dev.flashkit.test;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flashkit.Flashkit;
import dev.flashkit.FlashkitConfig;
import dev.flashkit.RequestContext;
import dev.flashkit.internal.CoreAccess;
import dev.flashkit.messages.Level;
import dev.flashkit.messages.Message;
import dev.flashkit.messages.MessageCodec;
import dev.flashkit.messages.MessageText;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A rolling upgrade: browsers still carry messages cookies written in the JSON document format of earlier
 * versions, next to cookies in the current binary format. Both are shown.
 */
class MessagesCookieUpgradeTest {
    private final Flashkit flashkit = Flashkit.create(
            FlashkitConfig.builder().secret(TestSecrets.random()).build());
    private final String name = flashkit.config().messages().cookieName();

    private List<String> shownWith(String cookie) {
        TestExchange exchange =
                TestExchange.request("GET", "/items").cookie(name, cookie).build();
        RequestContext context = flashkit.open(exchange);
        List<String> shown =
                context.messages().consume().stream().map(m -> m.text().value()).toList();
        context.commit();
        return shown;
    }

    @Test
    void consume_jsonCookieOfEarlierVersion_showsItsMessages() {
        Instant now = Instant.now();
        Message old = Message.builder()
                .id("old1")
                .level(Level.INFO)
                .text(MessageText.plain("Saved before the upgrade"))
                .createdAt(now)
                .expiresAt(now.plusSeconds(60))
                .build();
        String cookie = CoreAccess.codec(flashkit.config()).seal("messages", name, MessageCodec.toJson(List.of(old)));

        assertThat(shownWith(cookie)).containsExactly("Saved before the upgrade");
    }

    @Test
    void consume_cookieWrittenNow_showsItsMessages() {
        TestBrowser browser = new TestBrowser(flashkit);
        browser.get("/save", ctx -> ctx.messages().success("Saved after the upgrade"));

        assertThat(shownWith(browser.cookies().get(name))).containsExactly("Saved after the upgrade");
    }
}
