package dev.flashkit.webflux;

import dev.flashkit.Flashkit;
import dev.flashkit.FlashkitConfig;
import dev.flashkit.adaptertests.AdapterScenarios;
import dev.flashkit.test.TestSecrets;

/** The shared adapter scenarios on Spring WebFlux (Reactor Netty) with the cookie store. */
class WebFluxScenarioTest extends AdapterScenarios {
    private WebFluxServer installed;
    private WebFluxServer bare;

    @Override
    protected Servers start() {
        Flashkit flashkit = Flashkit.create(
                FlashkitConfig.builder().secret(TestSecrets.random()).build());
        installed = WebFluxServer.start(flashkit, ScenarioWebApp.class);
        bare = WebFluxServer.start(null, ScenarioWebApp.class);
        return new Servers(installed.uri(), bare.uri());
    }

    @Override
    protected void stop() {
        installed.close();
        bare.close();
    }
}
