package dev.flashkit.webflux;

import dev.flashkit.FlashkitConfig;
import dev.flashkit.adaptertests.SettingsScenarios;
import java.net.URI;
import java.time.Clock;
import java.util.Map;

/** The settings scenarios on Spring WebFlux, configured from {@code FLASHKIT_*} variables, with a real Redis. */
class WebFluxRedisSettingsTest extends SettingsScenarios {
    private RedisFlashkit redis;
    private WebFluxServer server;

    @Override
    protected URI start(Map<String, String> settings, Clock clock) {
        redis = RedisFlashkit.start(FlashkitConfig.fromEnvironment(settings).clock(clock));
        server = WebFluxServer.start(redis.flashkit(), ScenarioWebApp.class);
        return server.uri();
    }

    @Override
    protected boolean messagesInCookie() {
        return false;
    }

    @Override
    protected void stop() {
        server.close();
        redis.close();
    }
}
