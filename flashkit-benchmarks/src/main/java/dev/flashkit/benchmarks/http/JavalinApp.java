package dev.flashkit.benchmarks.http;

import dev.flashkit.Flashkit;
import dev.flashkit.javalin.FlashkitPlugin;
import io.javalin.Javalin;
import io.javalin.http.HttpStatus;

/**
 * The Javalin variant: Javalin 6 (on its Jetty 11) on a free loopback port with {@link FlashkitPlugin}
 * installed ({@code /hello} never touches it). {@code /mimic}, {@code /floor-add} and {@code /floor-show} are plain
 * handlers that never call the plugin (see {@link ServletApp}).
 */
final class JavalinApp {
    private JavalinApp() {}

    /** Starts the server and returns its port. */
    static int start(Pages pages, Flashkit flashkit, Floor floor) {
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.registerPlugin(new FlashkitPlugin(plugin -> plugin.flashkit(flashkit)));
        });
        app.get("/hello", ctx -> ctx.html(pages.render("Hello", "")));
        app.get("/add", ctx -> {
            FlashkitPlugin.context(ctx).messages().success(BenchmarkApp.MESSAGE);
            ctx.redirect("/show", HttpStatus.SEE_OTHER);
        });
        app.get(
                "/show",
                ctx -> ctx.html(pages.render(
                        "Show", FlashkitPlugin.context(ctx).messages().html())));
        app.get(
                "/mimic",
                ctx -> { // /show's response without Flashkit's work (see ServletApp.Mimic)
                    pages.mimicHeaders().forEach(header -> ctx.res().addHeader(header.getKey(), header.getValue()));
                    ctx.html(pages.mimicPage());
                });
        app.get(
                "/floor-add",
                ctx -> { // raw AES-GCM seal, no Flashkit (see Floor)
                    ctx.redirect("/floor-show", HttpStatus.SEE_OTHER);
                    floor.addHeaders().forEach(header -> ctx.res().addHeader(header.getKey(), header.getValue()));
                });
        app.get(
                "/floor-show",
                ctx -> { // raw AES-GCM open, then /mimic's response (see Floor)
                    boolean opened = floor.opens(ctx.header("Cookie"));
                    floor.showHeaders().forEach(header -> ctx.res().addHeader(header.getKey(), header.getValue()));
                    ctx.html(opened ? pages.mimicPage() : pages.render("Show", ""));
                });
        app.get("/_allocated", ctx -> ctx.result(AllocationCounter.allocatedBytes()));
        app.start("127.0.0.1", 0);
        return app.port();
    }
}
