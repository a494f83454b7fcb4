package dev.flashkit.servlet;

import dev.flashkit.Flashkit;
import dev.flashkit.FlashkitConfig;
import dev.flashkit.adaptertests.TargetReleaseScenarios;
import dev.flashkit.test.TestSecrets;
import java.net.URI;

/** The target-release scenarios on embedded Jetty 12 with {@link FlashkitFilter}. */
class ServletTargetReleaseTest extends TargetReleaseScenarios {
    private JettyServer server;

    @Override
    protected URI start() throws Exception {
        Flashkit flashkit = Flashkit.create(
                FlashkitConfig.builder().secret(TestSecrets.random()).build());
        server = JettyServer.start(new FlashkitFilter(flashkit), new ScenarioServlet());
        return server.uri();
    }

    @Override
    protected void stop() throws Exception {
        server.close();
    }
}
