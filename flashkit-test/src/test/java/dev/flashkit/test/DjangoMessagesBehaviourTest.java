package dev.flashkit.test;

import static dev.flashkit.test.FlashkitAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flashkit.Flashkit;
import dev.flashkit.FlashkitConfig;
import dev.flashkit.FlashkitNotInstalledException;
import dev.flashkit.RequestContext;
import dev.flashkit.messages.Level;
import dev.flashkit.messages.Message;
import dev.flashkit.messages.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** One test per behaviour of Django's messages documentation that applies to Flashkit. */
class DjangoMessagesBehaviourTest {
    private final TestClock clock = new TestClock();
    private final Flashkit flashkit = Flashkit.create(
            FlashkitConfig.builder().secret(TestSecrets.random()).clock(clock).build());
    private final TestBrowser browser = new TestBrowser(flashkit);

    private List<Message> display(String path) {
        AtomicReference<List<Message>> shown = new AtomicReference<>();
        browser.get(path, ctx -> shown.set(ctx.messages().consume()));
        return shown.get();
    }

    @Test
    void add_belowMinimumLevel_isIgnored() {
        TestExchange post = browser.post("/", (ctx, ex) -> {
            ctx.messages().debug("debugging detail");
            ctx.messages().add(Level.of(15, "trace"), "trace detail");
            ctx.messages().info("visible");
        });

        assertThat(post).hasMessages("visible");
    }

    @Test
    void setLevel_inOneRequest_acceptsDebugThereOnly() {
        browser.post("/", (ctx, ex) -> {
            ctx.messages().setLevel(Level.DEBUG);
            ctx.messages().debug("shown debug");
        });
        browser.post("/", (ctx, ex) -> ctx.messages().debug("ignored debug"));

        assertThat(display("/")).hasMessages("shown debug");
    }

    @Test
    void setLevel_raised_ignoresLowerLevelsAndGetLevelReportsIt() {
        AtomicReference<Level> level = new AtomicReference<>();
        TestExchange post = browser.post("/", (ctx, ex) -> {
            ctx.messages().setLevel(Level.WARNING);
            level.set(ctx.messages().getLevel());
            ctx.messages().success("ignored");
            ctx.messages().error("kept");
        });

        assertThat(level.get()).isEqualTo(Level.WARNING);
        assertThat(post).hasMessages("kept");
    }

    @Test
    void configuredMinimumLevel_debug_acceptsDebugMessages() {
        Flashkit verbose = Flashkit.create(FlashkitConfig.builder()
                .secret(TestSecrets.random())
                .messageLevel(Level.DEBUG)
                .build());
        TestExchange post =
                new TestBrowser(verbose).post("/", (ctx, ex) -> ctx.messages().debug("detail"));

        assertThat(post).hasMessages("detail");
    }

    @Test
    void tags_extraTagsGiven_comeBeforeTheLevelTag() {
        browser.post("/", (ctx, ex) -> ctx.messages().success("Saved", "undo", "sticky"));

        assertThat(display("/")).hasTags("undo sticky success");
    }

    @Test
    void add_customLevel_isStoredWithItsNameAsTag() {
        Level notice = Level.of(35, "notice");
        browser.post("/", (ctx, ex) -> ctx.messages().add(notice, "Maintenance tonight", "banner"));

        List<Message> shown = display("/");
        assertThat(shown).hasMessage(notice, "Maintenance tonight");
        assertThat(shown.get(0).tags()).isEqualTo("banner notice");
    }

    @Test
    void messageTag_configuredForOneLevel_othersKeepTheirDefaults() {
        Flashkit tagged = Flashkit.create(FlashkitConfig.builder()
                .secret(TestSecrets.random())
                .messageTag(Level.ERROR, "danger")
                .messageTag(Level.of(35, "notice"), "note")
                .build());
        TestBrowser b = new TestBrowser(tagged);
        b.post("/", (ctx, ex) -> {
            ctx.messages().error("e");
            ctx.messages().warning("w");
            ctx.messages().add(Level.of(35, "notice"), "n");
        });
        AtomicReference<List<Message>> shown = new AtomicReference<>();
        b.get("/", ctx -> shown.set(ctx.messages().consume()));

        assertThat(shown.get()).hasTags("danger", "warning", "note");
    }

    @Test
    void forEach_pendingMessages_consumesThem() {
        browser.post("/", (ctx, ex) -> ctx.messages().info("once"));
        List<String> seen = new ArrayList<>();
        browser.get("/", ctx -> ctx.messages().forEach(m -> seen.add(m.text().value())));

        assertThat(seen).containsExactly("once");
        assertThat(display("/")).hasNoMessages();
    }

    @Test
    void keep_afterIterating_carriesThemToTheNextRequest() {
        browser.post("/", (ctx, ex) -> ctx.messages().info("again"));
        browser.get("/", ctx -> {
            ctx.messages().forEach(m -> {});
            ctx.messages().keep();
        });

        assertThat(display("/")).hasMessages("again");
        assertThat(display("/")).hasNoMessages();
    }

    @Test
    void peek_pendingMessages_doesNotConsume() {
        browser.post("/", (ctx, ex) -> ctx.messages().info("still here"));
        browser.get("/", ctx -> assertThat(ctx).hasMessages("still here"));

        assertThat(display("/")).hasMessages("still here");
    }

    @Test
    void consume_inTheSameRequest_showsMessagesAddedThereAndStoresNothing() {
        TestExchange page = browser.post("/", (ctx, ex) -> {
            ctx.messages().info("added and shown");
            assertThat(ctx.messages().consume()).hasMessages("added and shown");
        });

        assertThat(page).hasNoMessages();
        assertThat(page.responseCookie("flashkit_messages")).isNull();
    }

    @Test
    void now_renderedOrNot_isShownInThisRequestOnlyAndNeverStored() {
        TestExchange page = browser.get("/", ctx -> {
            ctx.messages().now(Level.WARNING, "only now");
            assertThat(ctx.messages().consume()).hasMessages("only now");
        });
        TestExchange unrendered = browser.get("/", ctx -> ctx.messages().now(Level.INFO, "never rendered"));

        assertThat(page).hasNoMessages();
        assertThat(unrendered).hasNoMessages();
        assertThat(display("/")).hasNoMessages();
    }

    @Test
    void display_messagesFromTwoRequests_areShownInTheOrderAdded() {
        browser.post("/", (ctx, ex) -> {
            ctx.messages().error("first");
            ctx.messages().info("second");
        });
        browser.post("/", (ctx, ex) -> ctx.messages().success("third"));

        assertThat(display("/")).hasMessages("first", "second", "third");
    }

    @Test
    void messagesOrNoop_withoutFlashkit_failsSilently() {
        Messages messages = RequestContext.messagesOrNoop(null);
        messages.success("nobody sees this");
        messages.compose(Level.ERROR, "x").title("t").add();

        assertThat(messages).isSameAs(Messages.NOOP);
        assertThat(messages.consume()).hasNoMessages();
        assertThat(messages.html()).isEmpty();
    }

    @Test
    void messagesOrNoop_withAContext_isTheRealMessages() {
        TestExchange post = browser.post(
                "/", (ctx, ex) -> RequestContext.messagesOrNoop(ctx).info("real"));

        assertThat(post).hasMessages("real");
    }

    @Test
    void require_withoutFlashkit_throwsWithInstallInstructions() {
        assertThatThrownBy(() -> RequestContext.require("not a context", "messages"))
                .isInstanceOf(FlashkitNotInstalledException.class)
                .hasMessageContaining("messages")
                .hasMessageContaining("FlashkitFilter")
                .hasMessageContaining("FlashkitPlugin");
    }

    @Test
    void add_afterCommit_failsWithAClearMessage() {
        AtomicReference<RequestContext> context = new AtomicReference<>();
        browser.get("/", context::set);

        assertThatThrownBy(() -> context.get().messages().success("late"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("already committed");
    }
}
