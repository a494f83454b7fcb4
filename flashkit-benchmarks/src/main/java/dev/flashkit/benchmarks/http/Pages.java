package dev.flashkit.benchmarks.http;

import dev.flashkit.FlashkitConfig;
import dev.flashkit.internal.CoreAccess;
import dev.flashkit.internal.SetCookieHeader;
import dev.flashkit.messages.Level;
import dev.flashkit.messages.Message;
import dev.flashkit.messages.MessageRenderer;
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
public final class Pages {
    private static final List<String> ITEMS = List.of("widget", "gadget", "gizmo");

    private final PebbleTemplate page;

    /**
     * Headers {@code /show} answers with besides the page's own: the deletion of the message cookie (made by
     * Flashkit's own formatter with the app's cookie settings) and the two cache headers.
     */
    private final List<Map.Entry<String, String>> mimicHeaders;

    /**
     * The alerts {@code /show} renders for the benchmark's message (same markup and length, their own id), made
     * once: {@code /mimic} renders the page with them as a constant, so it answers the same bytes as
     * {@code /show} without doing any of Flashkit's work.
     */
    private final String mimicAlerts;

    /** The page, and {@code /mimic}'s copy of {@code /show}'s response under {@code config}. */
    public Pages(FlashkitConfig config) {
        ClasspathLoader loader = new ClasspathLoader();
        loader.setPrefix("dev/flashkit/benchmarks/http");
        PebbleEngine engine = new PebbleEngine.Builder().loader(loader).build();
        this.page = engine.getTemplate("page.peb");
        this.mimicHeaders = List.of(
                Map.entry(
                        "Set-Cookie",
                        SetCookieHeader.deletion(
                                config.messages().cookieName(), CoreAccess.cookieAttributes(config, false))),
                Map.entry("Cache-Control", "private, no-store"),
                Map.entry("Vary", "Cookie"));
        this.mimicAlerts = MessageRenderer.html().render(List.of(Message.of(Level.SUCCESS, BenchmarkApp.MESSAGE)));
    }

    /** The headers {@code /mimic} adds, in order. */
    public List<Map.Entry<String, String>> mimicHeaders() {
        return mimicHeaders;
    }

    /** The page {@code /mimic} answers, rendered like every other page. */
    public String mimicPage() {
        return render("Show", mimicAlerts);
    }

    /** The page with {@code alertsHtml} (already escaped by Flashkit's renderer) above the text. */
    public String render(String title, String alertsHtml) {
        StringWriter out = new StringWriter(1024);
        try {
            page.evaluate(out, Map.of("title", title, "alerts", alertsHtml, "text", "A small page.", "items", ITEMS));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
