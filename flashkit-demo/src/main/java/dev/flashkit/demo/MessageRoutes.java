package dev.flashkit.demo;

import io.javalin.Javalin;
import io.javalin.http.Context;

/** {@code /levels} (one message of every level, shown on the same page) and {@code /api/messages}. */
final class MessageRoutes {

    private MessageRoutes() {}

    static void register(Javalin app, Pages pages) {
        app.get("/levels", ctx -> levels(ctx, pages));
        app.get("/api/messages", ctx -> ctx.json(Flash.json(ctx)));
    }

    private static void levels(Context ctx, Pages pages) {
        var messages = Flash.messages(ctx);
        messages.setLevel(Flash.DEBUG);
        messages.nowDebug("Debug: shown because this request lowered its minimum level.");
        messages.nowInfo("Info: something worth knowing.");
        messages.nowSuccess("Success: it worked.");
        messages.nowWarning("Warning: look before you leap.");
        messages.nowError("Error: that did not work.");
        messages.nowCustom(Flash.NOTICE, "Notice: a custom level with its own tag.");
        pages.render(ctx, "levels");
    }
}
