package dev.flashkit.quarkus.test;

import dev.flashkit.redis.QuarkusTestRedis;
import io.quarkus.test.QuarkusUnitTest;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The shared adapter scenarios on a Vert.x reactive route with the Redis store: the route commits through {@code
 * FlashkitQuarkus.commit} before it ends the response, on the event loop, never blocking it.
 */
@ExtendWith(MessagesInRedis.class)
class RedisRouteScenarioTest extends QuarkusScenarios {
    @RegisterExtension
    static final QuarkusUnitTest APP = TestApps.serving(
                    QuarkusScenarios.class,
                    CommittingScenarioRoute.class,
                    VertxCall.class,
                    BareServer.class,
                    QuarkusTestRedis.class,
                    MessagesInRedis.class)
            .overrideConfigKey("quarkus.flashkit.session.store", "redis")
            .overrideConfigKey("quarkus.flashkit.redis.url", QuarkusTestRedis.uri());

    private BareServer bare;

    @Override
    public boolean sessionInCookie() {
        return false;
    }

    @Override
    protected Servers start() throws Exception {
        bare = new BareServer();
        return new Servers(TestApps.uri(), bare.uri());
    }

    @Override
    protected void stop() throws Exception {
        bare.close();
    }
}
