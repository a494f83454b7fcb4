package dev.flashkit.servlet;

import dev.flashkit.Flashkit;
import dev.flashkit.FlashkitConfig;
import dev.flashkit.adaptertests.AdapterScenarios;
import dev.flashkit.test.TestSecrets;

/** The shared adapter scenarios on embedded Jetty 12 (ee10) with {@link FlashkitFilter}. */
class ServletScenarioTest extends AdapterScenarios {
    private JettyServer installed;
    private JettyServer bare;

    @Override
    protected Servers start() throws Exception {
        Flashkit flashkit = Flashkit.create(
                FlashkitConfig.builder().secret(TestSecrets.random()).build());
        installed = JettyServer.start(new FlashkitFilter(flashkit), new ScenarioServlet());
        bare = JettyServer.start(null, new ScenarioServlet());
        return new Servers(installed.uri(), bare.uri());
    }

    @Override
    protected void stop() throws Exception {
        installed.close();
        bare.close();
    }
}
