package dev.flashkit.test;

import static dev.flashkit.test.FlashkitAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.flashkit.Flashkit;
import dev.flashkit.FlashkitConfig;
import dev.flashkit.messages.CookieMessageStorage;
import dev.flashkit.messages.Level;
import dev.flashkit.messages.Message;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** Nothing is lost silently: what does not fit is merged into "+N more messages", never dropped or a 5xx. */
class MessageOverflowTest {
    private final TestClock clock = new TestClock();
    private Flashkit flashkit;

    private TestBrowser browser(FlashkitConfig.Builder builder) {
        flashkit = Flashkit.create(
                builder.secret(TestSecrets.random()).clock(clock).build());
        return new TestBrowser(flashkit);
    }

    private static List<Message> display(TestBrowser browser) {
        AtomicReference<List<Message>> shown = new AtomicReference<>();
        browser.get("/", ctx -> shown.set(ctx.messages().consume()));
        return shown.get();
    }

    private static void assertCookieHeadersFit(TestExchange exchange) {
        for (String header : exchange.responseHeaders("Set-Cookie")) {
            assertThat(("Set-Cookie: " + header).getBytes(StandardCharsets.UTF_8).length)
                    .isLessThanOrEqualTo(4096);
        }
    }

    private static long total(List<Message> shown) {
        return shown.stream()
                .mapToLong(m -> m.text().value().startsWith("+")
                        ? Long.parseLong(m.text().value().replaceAll("\\D", ""))
                        : 1)
                .sum();
    }

    @Test
    void backlog_over50_oldestAreMergedIntoOneMoreEntry() {
        TestBrowser browser = browser(FlashkitConfig.builder());
        long before = flashkit.metrics().coalescedMessages();
        for (int i = 0; i < 60; i++) {
            int n = i;
            assertCookieHeadersFit(browser.post("/", (ctx, ex) -> ctx.messages().info("m" + n)));
        }

        List<Message> shown = display(browser);

        assertThat(shown).hasSize(50);
        assertThat(shown.get(0).text().value()).isEqualTo("+11 more messages");
        assertThat(shown.get(0).tags()).isEqualTo("flashkit-more info");
        assertThat(shown.get(1).text().value()).isEqualTo("m11");
        assertThat(shown.get(49).text().value()).isEqualTo("m59");
        assertThat(flashkit.metrics().coalescedMessages() - before).isGreaterThanOrEqualTo(11);
    }

    @Test
    void add_messageLargerThanAnyStorage_isShortenedNotDropped() {
        TestBrowser browser = browser(FlashkitConfig.builder());
        long droppedBefore = flashkit.metrics().droppedMessages();
        String huge = "Import finished: " + "row ok; ".repeat(1500);

        TestExchange post = browser.post("/import", (ctx, ex) -> ctx.messages().success(huge));
        List<Message> shown = display(browser);

        assertCookieHeadersFit(post);
        assertThat(shown).hasSize(1);
        assertThat(shown.get(0).level()).isEqualTo(Level.SUCCESS);
        assertThat(shown.get(0).text().value())
                .startsWith("Import finished: row ok;")
                .endsWith("\u2026");
        assertThat(flashkit.metrics().droppedMessages()).isEqualTo(droppedBefore);
    }

    @Test
    void backlog_configured_isHonoured() {
        TestBrowser browser = browser(FlashkitConfig.builder().messageBacklog(3));
        browser.post("/", (ctx, ex) -> {
            for (int i = 0; i < 5; i++) {
                ctx.messages().info("m" + i);
            }
        });

        assertThat(display(browser)).hasMessages("+3 more messages", "m3", "m4");
    }

    @Test
    void storageFull_cookieThenSession_mergesTheRestAndEveryCookieFits() {
        TestBrowser browser = browser(FlashkitConfig.builder());
        TestExchange post = browser.post("/", (ctx, ex) -> {
            for (int i = 0; i < 12; i++) {
                ctx.messages().info(i + " " + "x".repeat(900));
            }
        });

        assertCookieHeadersFit(post);
        assertThat(post.responseCookie("flashkit_messages")).isNotNull();
        assertThat(post.responseCookie("flashkit_session")).isNotNull();
        List<Message> shown = display(browser);
        assertThat(shown.get(0).text().value()).matches("\\+\\d+ more messages");
        assertThat(total(shown)).isEqualTo(12);
        assertThat(shown.get(shown.size() - 1).text().value()).startsWith("11 ");
    }

    @Test
    void storageFull_oneErrorAmongInfos_keepsTheErrorAndCountsAll() {
        TestBrowser browser = browser(FlashkitConfig.builder().messageStorage(CookieMessageStorage.create()));
        browser.post("/", (ctx, ex) -> {
            ctx.messages().error("disk full " + "e".repeat(800));
            for (int i = 0; i < 8; i++) {
                ctx.messages().info(i + " " + "x".repeat(800));
            }
        });

        List<Message> shown = display(browser);

        assertThat(shown)
                .anyMatch(m -> m.level().equals(Level.ERROR) && m.text().value().startsWith("disk full"));
        assertThat(total(shown)).isEqualTo(9);
    }

    @Test
    void storageFull_oneHugeMessage_becomesAMoreEntryNotAnError() {
        TestBrowser browser = browser(FlashkitConfig.builder().messageStorage(CookieMessageStorage.create()));
        TestExchange post = browser.post("/", (ctx, ex) -> {
            ctx.messages().warning("w".repeat(6000));
            ctx.messages().info("small");
        });

        assertCookieHeadersFit(post);
        List<Message> shown = display(browser);
        assertThat(total(shown)).isEqualTo(2);
        assertThat(shown)
                .anyMatch(m -> m.text().value().equals("+1 more message")
                        || m.text().value().equals("+2 more messages"));
    }

    @Test
    void storageFull_tenLargeMessagesInOneRequest_logsOneWarningWithoutTheirText() {
        TestBrowser browser = browser(FlashkitConfig.builder().messageStorage(CookieMessageStorage.create()));
        Logger logger = Logger.getLogger("dev.flashkit.messages");
        List<LogRecord> warnings = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue()) {
                    warnings.add(record);
                }
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        logger.addHandler(handler);
        try {
            browser.post("/", (ctx, ex) -> {
                for (int i = 0; i < 10; i++) {
                    ctx.messages().info(i + " " + "x".repeat(700));
                }
            });
        } finally {
            logger.removeHandler(handler);
        }

        assertThat(warnings).hasSize(1);
        assertThat(warnings.get(0).getMessage()).contains("merged").doesNotContain("xxxx");
    }

    @Test
    void sessionStorage_largeSessionPlusMessages_neverGrowsTheSessionCookiePastItsLimit() {
        TestBrowser browser = browser(FlashkitConfig.builder());
        browser.get("/", ctx -> ctx.session().put("profile", "p".repeat(2500)));
        TestExchange post = browser.post("/", (ctx, ex) -> {
            for (int i = 0; i < 6; i++) {
                ctx.messages().info(i + " " + "x".repeat(500));
            }
        });

        assertThat(post.status()).isEqualTo(200);
        assertCookieHeadersFit(post);
        assertThat(total(display(browser))).isEqualTo(6);
        browser.get("/", ctx -> assertThat(ctx.session().getString("profile")).hasSize(2500));
    }
}
