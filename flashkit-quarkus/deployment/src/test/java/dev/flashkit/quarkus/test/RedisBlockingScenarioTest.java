package dev.flashkit.quarkus.test;

import io.quarkus.test.QuarkusUnitTest;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The shared adapter scenarios on a Quarkus REST resource ({@code @Blocking}) with the Redis store, configured as a user
 * would: {@code quarkus.flashkit.session.store=redis} against a real redis-server.
 */
@ExtendWith(MessagesInRedis.class)
class RedisBlockingScenarioTest extends QuarkusScenarios {
    @RegisterExtension
    static final QuarkusUnitTest APP = TestApps.servingRedis(
            QuarkusScenarios.class,
            ScenarioResource.class,
            BlockingScenarioResource.class,
            RestCall.class,
            VertxCall.class,
            BareServer.class);

    @Override
    public boolean sessionInCookie() {
        return false;
    }
}
