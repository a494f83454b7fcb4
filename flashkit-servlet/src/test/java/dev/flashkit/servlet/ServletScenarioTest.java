package dev.flashkit.servlet;

import dev.flashkit.Flashkit;
import dev.flashkit.FlashkitConfig;
import dev.flashkit.adaptertests.AdapterScenarios;
import dev.flashkit.test.TestSecrets;
import jakarta.servlet.Filter;

/** The shared adapter scenarios on embedded Jetty 12 (ee10) with {@link FlashkitFilter}. */
class ServletScenarioTest extends AdapterScenarios {
    private JettyServer installed;
    private JettyServer bare;

    /** Starts the container the scenarios run on: Jetty ee10 (Servlet 6.0) here. */
    JettyServer serve(Filter filter) throws Exception {
        return JettyServer.start(filter, new ScenarioServlet());
    }

    @Override
    protected Servers start() throws Exception {
        Flashkit flashkit = Flashkit.create(
                FlashkitConfig.builder().secret(TestSecrets.random()).build());
        installed = serve(new FlashkitFilter(flashkit));
        bare = serve(null);
        return new Servers(installed.uri(), bare.uri());
    }

    @Override
    protected void stop() throws Exception {
        installed.close();
        bare.close();
    }
}
