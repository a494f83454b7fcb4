package dev.flashkit.servlet;

import dev.flashkit.Flashkit;
import dev.flashkit.FlashkitConfig;
import dev.flashkit.adaptertests.SettingsScenarios;
import java.net.URI;
import java.time.Clock;
import java.util.Map;

/** The settings scenarios on embedded Jetty 12 with {@link FlashkitFilter}, configured from variables. */
class ServletSettingsTest extends SettingsScenarios {
    private JettyServer server;

    @Override
    protected URI start(Map<String, String> settings, Clock clock) throws Exception {
        Flashkit flashkit = Flashkit.create(
                FlashkitConfig.fromEnvironment(settings).clock(clock).build());
        server = JettyServer.start(new FlashkitFilter(flashkit), new ScenarioServlet());
        return server.uri();
    }

    @Override
    protected void stop() throws Exception {
        server.close();
    }
}
