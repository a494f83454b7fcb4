package dev.flashkit.javalin;

import dev.flashkit.FlashkitConfig;
import dev.flashkit.adaptertests.TargetReleaseScenarios;
import dev.flashkit.test.TestSecrets;
import io.javalin.Javalin;
import java.net.URI;

/** The target-release scenarios on Javalin with {@link FlashkitPlugin}. */
class JavalinTargetReleaseTest extends TargetReleaseScenarios {
    private Javalin app;

    @Override
    protected URI start() {
        FlashkitConfig config =
                FlashkitConfig.builder().secret(TestSecrets.random()).build();
        app = ScenarioApp.start(new FlashkitPlugin(flashkit -> flashkit.config(config)));
        return URI.create("http://127.0.0.1:" + app.port());
    }

    @Override
    protected void stop() {
        app.stop();
    }
}
