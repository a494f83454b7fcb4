package dev.flashkit.demo;

import dev.flashkit.Flashkit;
import dev.flashkit.javalin.FlashkitPlugin;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import java.util.Map;

/**
 * The Flashkit demo: a Javalin application with Pebble templates and Bootstrap/htmx served from
 * WebJars. {@code java -jar flashkit-demo.jar} starts it on {@code PORT} (default 8080).
 */
public final class DemoApp {

    private DemoApp() {}

    /**
     * Starts the demo from the environment and prints its URL; exits with status 2 and a message
     * naming the variable when the configuration is unusable (for example a weak
     * {@code FLASHKIT_SECRET} with {@code FLASHKIT_ENV=production}).
     */
    public static void main(String[] args) {
        Map<String, String> env = System.getenv();
        Javalin app;
        DemoSettings settings;
        try {
            settings = DemoSettings.fromEnvironment(env);
            app = create(settings, env);
            app.start(settings.port());
        } catch (RuntimeException e) { // bad settings, or the port is taken
            System.err.println("flashkit-demo: cannot start: " + e.getMessage());
            System.exit(2);
            return;
        }
        System.out.println("Flashkit demo running at http://localhost:" + app.port() + "/");
    }

    /**
     * Builds the (not yet started) application.
     *
     * @param settings port, store and mode
     * @param env the {@code FLASHKIT_*} variables Flashkit's own configuration reads
     * @throws RuntimeException with a message naming the variable when the configuration is unusable
     */
    public static Javalin create(DemoSettings settings, Map<String, String> env) {
        Flashkit flashkit = FlashkitSetup.create(settings, env);
        Templates templates = new Templates();
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.staticFiles.enableWebjars();
            config.staticFiles.add(files -> {
                files.hostedPath = "/flashkit";
                files.directory = "/META-INF/resources/flashkit";
                files.location = Location.CLASSPATH;
            });
            config.registerPlugin(new FlashkitPlugin(plugin -> plugin.flashkit(flashkit)));
            config.events(events -> events.serverStopped(() -> FlashkitSetup.close(flashkit)));
        });
        Pages pages = new Pages(templates, settings);
        ItemRoutes.register(app, pages);
        AuthRoutes.register(app, pages);
        SessionRoutes.register(app, settings, flashkit);
        MessageRoutes.register(app, pages);
        HtmxRoutes.register(app, pages);
        return app;
    }
}
