package dev.flashkit.javalin.example;

// tag::docs[]
import dev.flashkit.FlashkitConfig;
import dev.flashkit.javalin.FlashkitPlugin;
import dev.flashkit.messages.Messages;
import dev.flashkit.session.Session;
import io.javalin.Javalin;
import io.javalin.http.HttpStatus;

public final class ItemsApp {
    public static Javalin create(FlashkitConfig flashkitConfig) {
        return Javalin.create(config -> {
            config.registerPlugin(new FlashkitPlugin(flashkit -> flashkit.config(flashkitConfig)));
            config.router.mount(router -> router.get("/items", ctx -> {
                        Session session = FlashkitPlugin.session(ctx);
                        ctx.html("<!DOCTYPE html><title>Items</title>"
                                + FlashkitPlugin.messages(ctx).html() // shows pending messages once, escaped
                                + "<p>" + session.getLong("count", 0) + " items added</p>"
                                + "<form method=post action=/items><input name=name> <button>Add</button></form>");
                    })
                    .post("/items", ctx -> {
                        String name = ctx.formParam("name");
                        Messages messages = FlashkitPlugin.messages(ctx);
                        if (name == null || name.isBlank()) {
                            messages.error("Enter the name of the item to add");
                        } else {
                            Session session = FlashkitPlugin.session(ctx);
                            session.put("count", session.getLong("count", 0) + 1);
                            messages.success("Item '" + name + "' added");
                        }
                        ctx.redirect("/items", HttpStatus.SEE_OTHER);
                    }));
        });
    }

    public static void main(String[] args) {
        create(FlashkitConfig.fromEnvironment().build()).start(8080);
    }
}
// end::docs[]
