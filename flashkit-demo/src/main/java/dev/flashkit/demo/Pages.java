package dev.flashkit.demo;

import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;

/**
 * Renders a full page: the page's own model plus what the layout needs — the logged-in user, whether
 * development pages are linked, and the request's messages for the shared Flashkit partial.
 */
final class Pages {

    /** The session key under which the logged-in user's name is kept. */
    static final String USER = "user";

    private final Templates templates;
    private final DemoSettings settings;

    Pages(Templates templates, DemoSettings settings) {
        this.templates = templates;
        this.settings = settings;
    }

    /** Renders {@code templates/<page>.peb} as the HTML response. */
    void render(Context ctx, String page) {
        render(ctx, page, Map.of());
    }

    /** Renders {@code templates/<page>.peb} with extra model entries as the HTML response. */
    void render(Context ctx, String page, Map<String, Object> model) {
        Map<String, Object> all = new HashMap<>(model);
        all.put("user", Flash.session(ctx).getString(USER));
        all.put("debug", !settings.production());
        all.put("dismissMs", settings.dismissMs());
        all.put("messages", Flash.messages(ctx));
        ctx.contentType("text/html; charset=utf-8").result(templates.render(page, all));
    }

    /** Renders a page fragment (no layout, no messages) as the HTML response, e.g. for htmx swaps. */
    void fragment(Context ctx, String fragment, Map<String, Object> model) {
        ctx.contentType("text/html; charset=utf-8").result(templates.render(fragment, model));
    }
}
