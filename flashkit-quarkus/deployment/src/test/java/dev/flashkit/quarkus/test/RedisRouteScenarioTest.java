package dev.flashkit.quarkus.test;

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
    static final QuarkusUnitTest APP = TestApps.servingRedis(
            QuarkusScenarios.class, CommittingScenarioRoute.class, VertxCall.class, BareServer.class);

    @Override
    public boolean sessionInCookie() {
        return false;
    }
}
