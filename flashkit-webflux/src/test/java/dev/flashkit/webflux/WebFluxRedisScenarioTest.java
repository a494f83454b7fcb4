package dev.flashkit.webflux;

import dev.flashkit.adaptertests.AdapterScenarios;

/** The shared adapter scenarios on Spring WebFlux with sessions and flash messages in a real Redis. */
class WebFluxRedisScenarioTest extends AdapterScenarios {
    private RedisFlashkit redis;
    private WebFluxServer installed;
    private WebFluxServer bare;

    @Override
    protected Servers start() {
        redis = RedisFlashkit.start();
        installed = WebFluxServer.start(redis.flashkit(), ScenarioWebApp.class);
        bare = WebFluxServer.start(null, ScenarioWebApp.class);
        return new Servers(installed.uri(), bare.uri());
    }

    @Override
    public boolean sessionInCookie() {
        return false;
    }

    @Override
    protected boolean messagesInCookie() {
        return false;
    }

    @Override
    protected void stop() {
        installed.close();
        bare.close();
        redis.close();
    }
}
