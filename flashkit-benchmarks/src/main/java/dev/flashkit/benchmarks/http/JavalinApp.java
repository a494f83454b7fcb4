package dev.flashkit.benchmarks.http;

import io.javalin.Javalin;

/** The Javalin variant: Javalin 6 (on its Jetty 11) on a free loopback port. */
final class JavalinApp {
    private JavalinApp() {}

    /** Starts the server and returns its port. */
    static int start(Pages pages) {
        Javalin app = Javalin.create(config -> config.showJavalinBanner = false);
        app.get("/hello", ctx -> ctx.html(pages.render("Hello", "")));
        app.get("/_allocated", ctx -> ctx.result(AllocationCounter.allocatedBytes()));
        app.start("127.0.0.1", 0);
        return app.port();
    }
}
