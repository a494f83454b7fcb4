package dev.flashkit.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flashkit.messages.Level;
import dev.flashkit.messages.Message;
import dev.flashkit.messages.MessageRenderer;
import dev.flashkit.messages.MessageText;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Pebble, Thymeleaf, JTE and Mustache partials render the same markup as the core HTML renderer for
 * the same messages: same elements, attributes in the same order, same text — compared after dropping
 * whitespace between tags and spelling entities one way.
 */
class PartialsMatchRendererTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    static final List<Message> MESSAGES = List.of(
            message(Level.SUCCESS, MessageText.plain("Item 'Tea' added successfully!"), ""),
            message(Level.ERROR, MessageText.plain("<img src=x onerror=alert(1)>"), "urgent sticky")
                    .withTitle("Oops <b>!</b>"),
            message(Level.WARNING, MessageText.plain("Check \"this\" & that"), "")
                    .withAction(new Message.Action("<b>Fix</b>", "/fix?a=1&b=\"2\"")),
            message(Level.DEBUG, MessageText.plain("Debug details"), ""),
            message(Level.of(22, "notice"), MessageText.plain("A custom level"), "")
                    .withLevelTag("Primary"),
            message(Level.INFO, MessageText.trustedHtml("<em>trusted</em> markup"), ""));

    static List<Arguments> engines() {
        return List.of(
                Arguments.of("pebble", (Function<List<Message>, String>) PartialEngines::pebble),
                Arguments.of("thymeleaf", (Function<List<Message>, String>) PartialEngines::thymeleaf),
                Arguments.of("jte", (Function<List<Message>, String>) PartialEngines::jte),
                Arguments.of("mustache", (Function<List<Message>, String>) PartialEngines::mustache));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void partial_sameMessages_rendersWhatTheCoreRendererRenders(String engine, Function<List<Message>, String> render) {
        String core = MessageRenderer.html().render(MESSAGES);

        String html = render.apply(MESSAGES);

        assertThat(canonical(html)).isEqualTo(canonical(core));
        assertThat(html).doesNotContain("<img", "<b>").contains("<em>trusted</em>");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void partial_noMessages_rendersNothing(String engine, Function<List<Message>, String> render) {
        assertThat(MessageRenderer.html().render(List.of())).isEmpty();

        assertThat(render.apply(List.of())).isBlank();
    }

    @Test
    void coreRenderer_markupContract_hasTheAttributesFlashkitJsRelies() {
        Document doc = Jsoup.parseBodyFragment(MessageRenderer.html().render(MESSAGES));

        assertThat(doc.select("div.flashkit-messages[data-flashkit-messages] > div.flashkit-message"))
                .hasSize(MESSAGES.size());
        assertThat(doc.select(".flashkit-message[data-flashkit-level][data-flashkit-id]"))
                .hasSize(MESSAGES.size());
        assertThat(doc.select(".flashkit-message > button.btn-close[data-flashkit-dismiss]"))
                .hasSize(MESSAGES.size());
        assertThat(doc.select(".alert-danger[role=alert]:not([aria-live])")).hasSize(1);
        assertThat(doc.select(".alert-success[role=status][aria-live=polite]")).hasSize(1);
        assertThat(doc.select(".alert-secondary[data-flashkit-level=debug]")).hasSize(1);
    }

    private static Message message(Level level, MessageText text, String extraTags) {
        return Message.of(level, text, extraTags, NOW);
    }

    /** Whitespace between tags dropped, entities spelled one way, attribute order and text kept. */
    static String canonical(String html) {
        Document doc = Jsoup.parseBodyFragment(html.replaceAll(">\\s+<", "><").trim());
        doc.outputSettings().prettyPrint(false);
        return doc.body().html();
    }
}
