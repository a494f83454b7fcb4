package dev.flashkit.webflux;

import dev.flashkit.Flashkit;
import dev.flashkit.FlashkitConfig;
import dev.flashkit.adaptertests.FailingSessionStore;
import dev.flashkit.adaptertests.StoreFailureScenarios;
import dev.flashkit.test.TestSecrets;
import java.net.URI;

/**
 * The store-failure scenarios on Spring WebFlux. The failing store is a blocking one ({@code isNonBlocking()} is
 * {@code false}), so the filter calls it on {@code Schedulers.boundedElastic()}.
 */
class WebFluxStoreFailureTest extends StoreFailureScenarios {
    private WebFluxServer server;

    @Override
    protected URI start(FailingSessionStore store) {
        Flashkit flashkit = Flashkit.create(FlashkitConfig.builder()
                .secret(TestSecrets.random())
                .sessionStore(store)
                .build());
        server = WebFluxServer.start(flashkit, ScenarioWebApp.class);
        return server.uri();
    }

    @Override
    protected void stop() {
        server.close();
    }
}
