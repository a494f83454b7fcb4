package dev.flashkit.servlet;

import dev.flashkit.Flashkit;
import dev.flashkit.FlashkitConfig;
import dev.flashkit.adaptertests.FailingSessionStore;
import dev.flashkit.adaptertests.StoreFailureScenarios;
import dev.flashkit.test.TestSecrets;
import java.net.URI;

/** The store-failure scenarios on embedded Jetty 12 with {@link FlashkitFilter}. */
class ServletStoreFailureTest extends StoreFailureScenarios {
    private JettyServer server;

    @Override
    protected URI start(FailingSessionStore store) throws Exception {
        Flashkit flashkit = Flashkit.create(FlashkitConfig.builder()
                .secret(TestSecrets.random())
                .sessionStore(store)
                .build());
        server = JettyServer.start(new FlashkitFilter(flashkit), new ScenarioServlet());
        return server.uri();
    }

    @Override
    protected void stop() throws Exception {
        server.close();
    }
}
