package dev.flashkit.test;

import static dev.flashkit.test.FlashkitAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flashkit.Flashkit;
import dev.flashkit.FlashkitConfig;
import dev.flashkit.messages.Level;
import dev.flashkit.messages.Message;
import dev.flashkit.messages.MessageText;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** What a message can carry: i18n keys, titles and actions, trusted HTML, form-success templates. */
class MessageContentTest {
    private final Flashkit flashkit = Flashkit.create(FlashkitConfig.builder()
            .secret(TestSecrets.random())
            .messageBundle("testmessages.labels")
            .build());
    private final TestBrowser browser = new TestBrowser(flashkit);

    private List<Message> display(String acceptLanguage) {
        AtomicReference<List<Message>> shown = new AtomicReference<>();
        TestExchange.Builder request = TestExchange.request("GET", "/");
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        browser.send(request, (ctx, ex) -> shown.set(ctx.messages().consume()));
        return shown.get();
    }

    private String html() {
        AtomicReference<String> html = new AtomicReference<>();
        browser.get("/", ctx -> html.set(ctx.messages().html()));
        return html.get();
    }

    @Test
    void i18nKey_germanReader_isResolvedInTheReadersLocaleAtDisplay() {
        browser.post("/", (ctx, ex) -> ctx.messages().add(Level.SUCCESS, MessageText.key("item.saved", "Widget")));
        browser.post("/", (ctx, ex) -> ctx.messages().keep());

        assertThat(display("de-DE,de;q=0.9,en;q=0.5")).hasMessages("Widget wurde gespeichert");
    }

    @Test
    void i18nKey_otherReader_getsTheBaseBundle() {
        browser.post("/", (ctx, ex) -> ctx.messages().add(Level.INFO, MessageText.key("cart.count", 3)));

        assertThat(display("ja")).hasMessages("You have 3 items");
    }

    @Test
    void i18nKey_unknown_showsTheKey() {
        browser.post("/", (ctx, ex) -> ctx.messages().add(Level.INFO, MessageText.key("no.such.key")));

        assertThat(display(null)).hasMessages("no.such.key");
    }

    @Test
    void i18nKey_markupInArguments_isEscapedLikeAnyText() {
        browser.post("/", (ctx, ex) -> ctx.messages().add(Level.INFO, MessageText.key("item.saved", "<b>W</b>")));

        assertThat(html()).contains("&lt;b&gt;W&lt;/b&gt; was saved").doesNotContain("<b>W</b>");
    }

    @Test
    void moreEntry_customBundleAndGermanReader_isTranslatedAndOverridden() {
        Flashkit small = Flashkit.create(FlashkitConfig.builder()
                .secret(TestSecrets.random())
                .messageBundle("testmessages.labels")
                .messageBacklog(2)
                .build());
        TestBrowser b = new TestBrowser(small);
        b.post("/", (ctx, ex) -> {
            ctx.messages().info("1");
            ctx.messages().info("2");
            ctx.messages().info("3");
        });
        AtomicReference<List<Message>> shown = new AtomicReference<>();
        b.send(
                TestExchange.request("GET", "/").header("Accept-Language", "de"),
                (ctx, ex) -> shown.set(ctx.messages().consume()));

        assertThat(shown.get()).hasMessages("+2 weitere (eigene)", "3");
    }

    @Test
    void compose_titleAndAction_areRenderedEscaped() {
        browser.post("/", (ctx, ex) -> ctx.messages()
                .compose(Level.SUCCESS, "Item deleted")
                .title("Done & dusted")
                .action("Undo", "/items/3/restore?from=list&x=1")
                .tags("undo")
                .add());

        assertThat(html())
                .contains("<strong class=\"flashkit-title\">Done &amp; dusted</strong>")
                .contains(
                        "<a class=\"alert-link flashkit-action\" href=\"/items/3/restore?from=list&amp;x=1\">Undo</a>")
                .contains("data-flashkit-tags=\"undo success\"");
    }

    @Test
    void compose_now_isShownOnlyInThisRequest() {
        AtomicReference<String> html = new AtomicReference<>();
        browser.get("/", ctx -> {
            ctx.messages().compose(Level.ERROR, "Fix the form").title("Error").now();
            html.set(ctx.messages().html());
        });

        assertThat(html.get()).contains("Fix the form").contains("role=\"alert\"");
        assertThat(display(null)).hasNoMessages();
    }

    @Test
    void compose_badActionHref_isRefusedAtOnce() {
        browser.get("/", ctx -> assertThatThrownBy(
                        () -> ctx.messages().compose(Level.INFO, "x").action("Go", "javascript:alert(1)"))
                .isInstanceOf(IllegalArgumentException.class));
    }

    @Test
    void html_trustedHtmlAndPlainText_rendersOnlyTrustedHtmlAsMarkup() {
        browser.post("/", (ctx, ex) -> {
            ctx.messages().add(Level.INFO, MessageText.trustedHtml("Read <a href=\"/terms\">the terms</a>"));
            ctx.messages().info("<a href=\"/x\">not a link</a>");
        });

        assertThat(html())
                .contains("<span class=\"flashkit-text\">Read <a href=\"/terms\">the terms</a></span>")
                .contains("&lt;a href=&quot;/x&quot;&gt;not a link&lt;/a&gt;");
    }

    @Test
    void formSuccess_namedPlaceholders_areFilledFromTheFormEscaped() {
        browser.post("/items", (ctx, ex) -> {
            ctx.messages()
                    .formSuccess(
                            "{title} was created ({count} items)",
                            Map.of("title", new String[] {"<script>Widget</script>"}, "count", "3"));
            ex.redirect("/items");
        });
        AtomicReference<String> html = new AtomicReference<>();
        browser.get("/items", ctx -> html.set(ctx.messages().html()));

        assertThat(html.get())
                .contains("&lt;script&gt;Widget&lt;/script&gt; was created (3 items)")
                .contains("alert-success");
    }

    @Test
    void formSuccess_placeholderWithoutValue_namesIt() {
        browser.post("/items", (ctx, ex) -> assertThatThrownBy(
                        () -> ctx.messages().formSuccess("{name} saved", Map.of("title", "x")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("{name}"));
    }
}
