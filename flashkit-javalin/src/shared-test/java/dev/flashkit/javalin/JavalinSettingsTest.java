package dev.flashkit.javalin;

import dev.flashkit.FlashkitConfig;
import dev.flashkit.adaptertests.SettingsScenarios;
import io.javalin.Javalin;
import java.net.URI;
import java.time.Clock;
import java.util.Map;

/** The settings scenarios on each Javalin major with {@link FlashkitPlugin}, configured from variables. */
class JavalinSettingsTest extends SettingsScenarios {
    private Javalin app;

    @Override
    protected URI start(Map<String, String> settings, Clock clock) {
        FlashkitConfig config =
                FlashkitConfig.fromEnvironment(settings).clock(clock).build();
        app = ScenarioApp.start(new FlashkitPlugin(flashkit -> flashkit.config(config)));
        return URI.create("http://127.0.0.1:" + app.port());
    }

    @Override
    protected void stop() {
        app.stop();
    }
}
