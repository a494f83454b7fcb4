package dev.flashkit.demo;

import dev.flashkit.messages.Level;
import dev.flashkit.messages.Messages;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.Map;

/**
 * {@code /levels} (one message of every level, shown on the same page), {@code /api/messages} (pending
 * messages as JSON, consuming them) and {@code POST /api/items} (flashes for a later JSON display).
 */
final class MessageRoutes {

    /** The demo's custom level, between info and success; its tag maps it to Bootstrap's "primary". */
    static final Level NOTICE = Level.of(22, "notice");

    private MessageRoutes() {}

    static void register(Javalin app, Pages pages) {
        app.get("/levels", ctx -> levels(ctx, pages));
        app.get("/api/messages", ctx -> ctx.contentType("application/json")
                .result(Flash.messages(ctx).json()));
        app.post("/api/items", MessageRoutes::addItem);
    }

    /** A JSON endpoint that flashes but never displays: the page then fetches {@code /api/messages}. */
    private static void addItem(Context ctx) {
        String name = ctx.formParam("item_name");
        if (name == null || name.isBlank()) {
            Flash.messages(ctx).error("Item name must not be empty.");
            ctx.status(422).json(Map.of("added", false));
            return;
        }
        Flash.messages(ctx).formSuccess("Item '{item_name}' added successfully!", ctx.formParamMap());
        ctx.status(201).json(Map.of("added", true, "item", name));
    }

    private static void levels(Context ctx, Pages pages) {
        Messages messages = Flash.messages(ctx);
        messages.setLevel(Level.DEBUG); // debug messages are ignored unless the level is lowered
        messages.now(Level.DEBUG, "Debug: shown because this request lowered its minimum level.");
        messages.now(Level.INFO, "Info: something worth knowing.");
        messages.now(Level.SUCCESS, "Success: it worked.");
        messages.now(Level.WARNING, "Warning: look before you leap.");
        messages.now(Level.ERROR, "Error: that did not work.");
        messages.now(NOTICE, "Notice: a custom level with its own tag.");
        pages.render(ctx, "levels");
    }
}
