package dev.flashkit.webflux;

import dev.flashkit.adaptertests.TargetReleaseScenarios;
import java.net.URI;

/** The target-release scenarios on Spring WebFlux with sessions and flash messages in a real Redis. */
class WebFluxRedisTargetReleaseTest extends TargetReleaseScenarios {
    private RedisFlashkit redis;
    private WebFluxServer server;

    @Override
    protected URI start() {
        redis = RedisFlashkit.start();
        server = WebFluxServer.start(redis.flashkit(), ScenarioWebApp.class);
        return server.uri();
    }

    @Override
    protected void stop() {
        server.close();
        redis.close();
    }
}
