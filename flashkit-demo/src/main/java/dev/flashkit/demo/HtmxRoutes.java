package dev.flashkit.demo;

import io.javalin.Javalin;
import io.javalin.http.Context;

/**
 * The htmx page: a form posted with {@code hx-post} whose answer carries its messages in
 * {@code HX-Trigger} (shown as toasts), and a button answered with {@code HX-Redirect} whose message
 * waits for the page it lands on.
 */
final class HtmxRoutes {

    private HtmxRoutes() {}

    static void register(Javalin app, Pages pages) {
        app.get("/htmx", ctx -> pages.render(ctx, "htmx"));
        app.post("/htmx/items", ctx -> addItem(ctx, pages));
        app.post("/htmx/redirect", ctx -> {
            Flash.messages(ctx).success("Saved. This message followed the HX-Redirect.");
            ctx.header("HX-Redirect", "/");
        });
    }

    private static void addItem(Context ctx, Pages pages) {
        String name = ctx.formParam("item_name");
        if (name == null || name.isBlank()) {
            Flash.messages(ctx).error("Item name must not be empty.");
            ctx.html("");
            return;
        }
        Flash.messages(ctx).formSuccess("Item '{item_name}' added successfully!", ctx.formParamMap());
        pages.fragment(ctx, "htmx_item", java.util.Map.of("name", name));
    }
}
