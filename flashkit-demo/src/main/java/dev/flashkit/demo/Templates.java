package dev.flashkit.demo;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Renders the demo's Pebble templates from the classpath with auto-escaping on. Page templates live
 * under {@code templates/}; the Flashkit partial is included by its classpath name
 * {@code META-INF/flashkit/partials/pebble/messages.peb} from the core jar.
 */
final class Templates {

    private final PebbleEngine engine;

    Templates() {
        this.engine = new PebbleEngine.Builder()
                .loader(new ClasspathLoader(Templates.class.getClassLoader()))
                .autoEscaping(true)
                .strictVariables(false)
                .build();
    }

    /** Renders {@code templates/<page>.peb} with the given model. */
    String render(String page, Map<String, Object> model) {
        StringWriter out = new StringWriter();
        try {
            engine.getTemplate("templates/" + page + ".peb").evaluate(out, model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
