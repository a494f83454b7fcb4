package dev.flashkit.javalin.example;

// tag::docs[]
import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;

public final class FlashkitAssets {
    /** Serves flashkit.js and flashkit.css from the core jar under /flashkit/. */
    public static void serve(JavalinConfig config) {
        config.staticFiles.add(files -> {
            files.hostedPath = "/flashkit";
            files.directory = "/META-INF/resources/flashkit";
            files.location = Location.CLASSPATH;
        });
    }
}
// end::docs[]
