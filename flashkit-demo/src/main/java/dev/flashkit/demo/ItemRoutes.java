package dev.flashkit.demo;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/** The item form of the FastAPI flash tutorial: POST, flash, 303, GET shows the message once. */
final class ItemRoutes {

    private ItemRoutes() {}

    static void register(Javalin app, Pages pages) {
        app.get("/", ctx -> {
            CookieCheck.offer(ctx);
            pages.render(ctx, "index");
        });
        app.get("/submit_item", ctx -> {
            CookieCheck.offer(ctx);
            pages.render(ctx, "submit_item");
        });
        app.post("/submit_item", ctx -> submit(ctx, pages));
    }

    private static void submit(Context ctx, Pages pages) {
        if (CookieCheck.refused(ctx, pages)) {
            return;
        }
        String name = ctx.formParam("item_name");
        if (name == null || name.isBlank()) {
            Flash.messages(ctx).error("Item name must not be empty.");
        } else {
            Flash.messages(ctx).formSuccess("Item '{item_name}' added successfully!", ctx.formParamMap());
        }
        ctx.redirect("/submit_item", HttpStatus.SEE_OTHER);
    }
}
