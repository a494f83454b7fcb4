package dev.flashkit.benchmarks.http;

import dev.flashkit.messages.HtmlRenderer;
import dev.flashkit.messages.Level;
import dev.flashkit.messages.Message;
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

    /**
     * Headers {@code /show} answers with besides the page's own, as Flashkit writes them: the deletion of the
     * message cookie and the two cache headers. {@code /mimic} sets the very same ones by hand.
     */
    static final String[][] SHOW_HEADERS = {
        {
            "Set-Cookie",
            "flashkit_messages=; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Path=/; HttpOnly; SameSite=Lax"
        },
        {"Cache-Control", "private, no-store"},
        {"Vary", "Cookie"},
    };

    /**
     * The alerts {@code /show} renders for the benchmark's message (same markup and length, its own id), made
     * once: {@code /mimic} serves them as a constant, so it answers the same bytes as {@code /show} without
     * doing any of Flashkit's work.
     */
    static final String MIMIC_ALERTS =
            HtmlRenderer.create().render(List.of(Message.of(Level.SUCCESS, BenchmarkApp.MESSAGE)));

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
