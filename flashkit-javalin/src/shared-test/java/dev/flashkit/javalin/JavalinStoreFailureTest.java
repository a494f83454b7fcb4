package dev.flashkit.javalin;

import dev.flashkit.FlashkitConfig;
import dev.flashkit.adaptertests.FailingSessionStore;
import dev.flashkit.adaptertests.StoreFailureScenarios;
import dev.flashkit.test.TestSecrets;
import io.javalin.Javalin;
import java.net.URI;

/** The store-failure scenarios on each Javalin major with {@link FlashkitPlugin}. */
class JavalinStoreFailureTest extends StoreFailureScenarios {
    private Javalin app;

    @Override
    protected URI start(FailingSessionStore store) {
        FlashkitConfig config = FlashkitConfig.builder()
                .secret(TestSecrets.random())
                .sessionStore(store)
                .build();
        app = ScenarioApp.start(new FlashkitPlugin(flashkit -> flashkit.config(config)));
        return URI.create("http://127.0.0.1:" + app.port());
    }

    @Override
    protected void stop() {
        app.stop();
    }
}
