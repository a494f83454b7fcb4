package dev.flashkit.webflux;

import dev.flashkit.Flashkit;
import dev.flashkit.FlashkitConfig;
import dev.flashkit.adaptertests.SettingsScenarios;
import java.net.URI;
import java.time.Clock;
import java.util.Map;

/** The settings scenarios on Spring WebFlux, Flashkit configured from {@code FLASHKIT_*} variables. */
class WebFluxSettingsTest extends SettingsScenarios {
    private WebFluxServer server;

    @Override
    protected URI start(Map<String, String> settings, Clock clock) {
        Flashkit flashkit = Flashkit.create(
                FlashkitConfig.fromEnvironment(settings).clock(clock).build());
        server = WebFluxServer.start(flashkit, ScenarioWebApp.class);
        return server.uri();
    }

    @Override
    protected void stop() {
        server.close();
    }
}
