package dev.flashkit.demo;

import com.samskivert.mustache.Mustache;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** Renders a list of messages with each engine's Flashkit partial, straight from the core jar's classpath. */
final class PartialEngines {

    static final String ROOT = "META-INF/flashkit/partials/";

    private static final PebbleEngine PEBBLE = new PebbleEngine.Builder()
            .loader(new ClasspathLoader(PartialEngines.class.getClassLoader()))
            .autoEscaping(true)
            .build();

    private static final TemplateEngine THYMELEAF = thymeleaf();

    private PartialEngines() {}

    static String pebble(List<?> messages) {
        StringWriter out = new StringWriter();
        try {
            PEBBLE.getTemplate(ROOT + "pebble/messages.peb").evaluate(out, Map.of("messages", messages));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static String thymeleaf(List<?> messages) {
        Context context = new Context();
        context.setVariable("messages", messages);
        return THYMELEAF.process(
                "page", java.util.Set.of(), context); // page.html includes the fragment like a user would
    }

    static String mustache(List<?> messages) {
        Mustache.Compiler compiler =
                Mustache.compiler().withLoader(name -> reader(ROOT + "mustache/" + name + ".mustache"));
        return compiler.compile("{{> flashkit/messages}}")
                .execute(Map.of("messages", messages, "hasMessages", !messages.isEmpty()));
    }

    private static Reader reader(String resource) {
        InputStream in = PartialEngines.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing " + resource);
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    private static TemplateEngine thymeleaf() {
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
        TemplateEngine engine = new TemplateEngine();
        engine.addTemplateResolver(pages);
        engine.addTemplateResolver(partials);
        return engine;
    }
}
