package dev.flashkit.demo;

import com.samskivert.mustache.Mustache;
import dev.flashkit.messages.Message;
import dev.flashkit.messages.MessageView;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import gg.jte.resolve.ResourceCodeResolver;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** Renders messages with each engine's Flashkit partial, loaded from the core jar's classpath like a user would. */
final class PartialEngines {

    static final String ROOT = "META-INF/flashkit/partials/";
    private static final ClassLoader LOADER = PartialEngines.class.getClassLoader();

    private static final PebbleEngine PEBBLE = new PebbleEngine.Builder()
            .loader(new ClasspathLoader(LOADER))
            .autoEscaping(true)
            .build();
    private static final org.thymeleaf.TemplateEngine THYMELEAF = thymeleaf();
    private static final TemplateEngine JTE = TemplateEngine.create(
            new ResourceCodeResolver(ROOT + "jte", LOADER),
            Path.of(System.getProperty("java.io.tmpdir"), "jte-classes"),
            ContentType.Html,
            LOADER);

    private PartialEngines() {}

    /** Pebble, given the request's Messages or a list: {@code messages} in the model. */
    static String pebble(Iterable<Message> messages) {
        StringWriter out = new StringWriter();
        try {
            PEBBLE.getTemplate(ROOT + "pebble/messages.peb").evaluate(out, Map.of("messages", messages));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Thymeleaf: a page that inserts the fragment with {@code th:replace}. */
    static String thymeleaf(Iterable<Message> messages) {
        Context context = new Context();
        context.setVariable("messages", messages);
        return THYMELEAF.process("page", Set.of(), context);
    }

    /** JTE: {@code @template.flashkit.messages(messages = list)}. */
    static String jte(List<Message> messages) {
        StringOutput out = new StringOutput();
        JTE.render("flashkit/messages.jte", Map.of("messages", messages), out);
        return out.toString();
    }

    /** Mustache (JMustache): {@code {{> flashkit/messages}}} with a view per message. */
    static String mustache(List<Message> messages) {
        Mustache.Compiler compiler =
                Mustache.compiler().withLoader(name -> reader(ROOT + "mustache/" + name + ".mustache"));
        List<MessageView> views = MessageView.of(messages);
        return compiler.compile("{{> flashkit/messages}}")
                .execute(Map.of("messages", views, "hasMessages", !views.isEmpty()));
    }

    private static Reader reader(String resource) {
        InputStream in = LOADER.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing " + resource);
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    private static org.thymeleaf.TemplateEngine thymeleaf() {
        ClassLoaderTemplateResolver pages = new ClassLoaderTemplateResolver();
        pages.setPrefix("thymeleaf/");
        pages.setSuffix(".html");
        pages.setTemplateMode(TemplateMode.HTML);
        pages.setOrder(1);
        pages.setCheckExistence(true);
        ClassLoaderTemplateResolver partials = new ClassLoaderTemplateResolver();
        partials.setSuffix(".html");
        partials.setTemplateMode(TemplateMode.HTML);
        partials.setOrder(2);
        org.thymeleaf.TemplateEngine engine = new org.thymeleaf.TemplateEngine();
        engine.addTemplateResolver(pages);
        engine.addTemplateResolver(partials);
        return engine;
    }
}
