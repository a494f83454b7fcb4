package dev.flashkit.demo;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;

/**
 * A tiny server for the flashkit.js tests: the fixture page, flashkit.js/css from the core jar's
 * {@code META-INF/resources/flashkit}, Bootstrap's CSS, and a JSON endpoint for {@code Flashkit.fetch}.
 */
final class FixtureServer implements AutoCloseable {

    static final String MESSAGES_JSON = """
            {"messages": [
              {"id": "f1", "level": "info", "levelValue": 20, "text": "Fetched <b>one</b>", "tags": "info",
               "css": "info", "title": null, "action": null},
              {"id": "f2", "level": "error", "levelValue": 40, "text": "Fetched two", "tags": "error",
               "css": "danger", "title": "Oops", "action": {"label": "Retry", "href": "/retry"}}
            ]}""";

    private final Javalin app;

    FixtureServer() {
        app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.staticFiles.enableWebjars();
            config.staticFiles.add(files -> {
                files.hostedPath = "/flashkit";
                files.directory = "/META-INF/resources/flashkit";
                files.location = Location.CLASSPATH;
            });
            config.staticFiles.add(files -> {
                files.hostedPath = "/fixtures";
                files.directory = "/fixtures";
                files.location = Location.CLASSPATH;
            });
        });
        app.get("/fixture/messages", ctx -> ctx.contentType("application/json").result(MESSAGES_JSON));
        app.start("127.0.0.1", 0);
    }

    /** The absolute URL of a path on this server. */
    String url(String path) {
        return "http://127.0.0.1:" + app.port() + path;
    }

    @Override
    public void close() {
        app.stop();
    }
}
