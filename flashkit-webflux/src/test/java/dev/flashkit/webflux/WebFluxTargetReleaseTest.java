package dev.flashkit.webflux;

import dev.flashkit.Flashkit;
import dev.flashkit.FlashkitConfig;
import dev.flashkit.adaptertests.TargetReleaseScenarios;
import dev.flashkit.test.TestSecrets;
import java.net.URI;

/** The target-release scenarios on Spring WebFlux with the cookie store. */
class WebFluxTargetReleaseTest extends TargetReleaseScenarios {
    private WebFluxServer server;

    @Override
    protected URI start() {
        Flashkit flashkit = Flashkit.create(
                FlashkitConfig.builder().secret(TestSecrets.random()).build());
        server = WebFluxServer.start(flashkit, ScenarioWebApp.class);
        return server.uri();
    }

    @Override
    protected void stop() {
        server.close();
    }
}
