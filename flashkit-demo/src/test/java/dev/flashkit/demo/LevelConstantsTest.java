package dev.flashkit.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.samskivert.mustache.Mustache;
import dev.flashkit.FlashkitConfig;
import dev.flashkit.adaptertests.DocSnippets;
import dev.flashkit.messages.Level;
import dev.flashkit.messages.Message;
import dev.flashkit.messages.MessageText;
import dev.flashkit.messages.MessageView;
import dev.flashkit.test.TestSecrets;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import gg.jte.resolve.ResourceCodeResolver;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * Templates compare a message's level with the level constants (Django's {@code DEFAULT_MESSAGE_LEVELS}),
 * never with magic numbers: Pebble and JTE read the {@code levels} map ({@code MessageSettings.levels()},
 * standard and configured custom levels), Mustache the view's {@code is} map. Each example is rendered here
 * and quoted unchanged by docs/presentation.md.
 */
class LevelConstantsTest {
    private static final ClassLoader LOADER = LevelConstantsTest.class.getClassLoader();
    private static final Level NOTICE = Level.of(22, "notice");
    private static final Map<String, Integer> LEVELS = FlashkitConfig.builder()
            .secret(TestSecrets.random())
            .messageTag(NOTICE, "primary")
            .build()
            .messages()
            .levels();
    private static final List<Message> MESSAGES = List.of(
            message(Level.ERROR, "failed"),
            message(Level.WARNING, "careful"),
            message(NOTICE, "note"),
            message(Level.INFO, "fyi"));

    private static Message message(Level level, String text) {
        return Message.of(level, MessageText.plain(text), "", Instant.parse("2026-01-01T10:00:00Z"));
    }

    @Test
    void pebble_levelConstantsInTheModel_pickTheClassPerLevel() throws Exception {
        PebbleEngine pebble = new PebbleEngine.Builder()
                .loader(new ClasspathLoader(LOADER))
                .autoEscaping(true)
                .build();
        StringWriter out = new StringWriter();
        pebble.getTemplate("levels/alerts.peb").evaluate(out, Map.of("messages", MESSAGES, "levels", LEVELS));

        assertThat(out.toString())
                .contains("<p class=\"text-danger\">failed</p>")
                .contains("<p class=\"text-warning\">careful</p>")
                .contains("<p class=\"text-primary\">note</p>")
                .contains("<p class=\"text-body\">fyi</p>");
    }

    @Test
    void jte_levelConstantsAsParameter_pickTheClassPerLevel() {
        TemplateEngine jte = TemplateEngine.create(
                new ResourceCodeResolver("levels/jte", LOADER),
                Path.of(System.getProperty("java.io.tmpdir"), "jte-level-classes"),
                ContentType.Html,
                LOADER);
        StringOutput out = new StringOutput();
        jte.render("alerts.jte", Map.of("messages", MESSAGES, "levels", LEVELS), out);

        assertThat(out.toString())
                .contains("<p class=\"text-danger\">failed</p>")
                .contains("<p class=\"text-warning\">careful</p>")
                .contains("<p class=\"text-body\">note</p>");
    }

    @Test
    void mustache_isMapOfTheView_picksTheClassPerLevel() {
        Mustache.Compiler compiler = Mustache.compiler();
        String out = compiler.compile(new InputStreamReader(
                        Objects.requireNonNull(LOADER.getResourceAsStream("levels/mustache/alerts.mustache")),
                        StandardCharsets.UTF_8))
                .execute(Map.of("messages", MessageView.of(MESSAGES)));

        assertThat(out)
                .contains("<p class=\"text-danger\">failed</p>")
                .contains("<p class=\"text-warning\">careful</p>")
                .contains("<p class=\"text-body\">note</p>")
                .contains("<p class=\"text-body\">fyi</p>");
    }

    @Test
    void docs_presentationPage_quotesTheRenderedExamples() throws Exception {
        DocSnippets.assertDocShows(
                Path.of("../docs/presentation.md"),
                Path.of("src/test/resources/levels/alerts.peb"),
                Path.of("src/test/resources/levels/jte/alerts.jte"),
                Path.of("src/test/resources/levels/mustache/alerts.mustache"));
    }
}
