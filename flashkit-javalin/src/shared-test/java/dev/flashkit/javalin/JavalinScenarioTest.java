package dev.flashkit.javalin;

import dev.flashkit.FlashkitConfig;
import dev.flashkit.adaptertests.AdapterScenarios;
import dev.flashkit.test.TestSecrets;
import io.javalin.Javalin;
import java.net.URI;

/** The shared adapter scenarios on Javalin with {@link FlashkitPlugin}. */
class JavalinScenarioTest extends AdapterScenarios {
    private Javalin installed;
    private Javalin bare;

    @Override
    protected Servers start() {
        FlashkitConfig config =
                FlashkitConfig.builder().secret(TestSecrets.random()).build();
        installed = ScenarioApp.start(new FlashkitPlugin(flashkit -> flashkit.config(config)));
        bare = ScenarioApp.start(null);
        return new Servers(uri(installed), uri(bare));
    }

    private static URI uri(Javalin app) {
        return URI.create("http://127.0.0.1:" + app.port());
    }

    @Override
    protected void stop() {
        installed.stop();
        bare.stop();
    }
}
