package dev.flashkit.benchmarks.http;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The one Pebble page every endpoint renders, so that {@code /hello} (no Flashkit) and {@code /show} (Flashkit
 * alerts) differ only in what Flashkit adds: the alerts' HTML and the cookie work.
 */
final class Pages {
    private static final List<String> ITEMS = List.of("widget", "gadget", "gizmo");

    private final PebbleTemplate page;

    Pages() {
        ClasspathLoader loader = new ClasspathLoader();
        loader.setPrefix("dev/flashkit/benchmarks/http");
        PebbleEngine engine = new PebbleEngine.Builder().loader(loader).build();
        this.page = engine.getTemplate("page.peb");
    }

    /** The page with {@code alertsHtml} (already escaped by Flashkit's renderer) above the text. */
    String render(String title, String alertsHtml) {
        StringWriter out = new StringWriter(1024);
        try {
            page.evaluate(out, Map.of("title", title, "alerts", alertsHtml, "text", "A small page.", "items", ITEMS));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
