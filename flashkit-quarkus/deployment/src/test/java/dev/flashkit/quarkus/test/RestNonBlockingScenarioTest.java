package dev.flashkit.quarkus.test;

import io.quarkus.test.QuarkusUnitTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The shared adapter scenarios on a Quarkus REST resource ({@code @NonBlocking}) with the cookie store. */
class RestNonBlockingScenarioTest extends QuarkusScenarios {
    @RegisterExtension
    static final QuarkusUnitTest APP = TestApps.serving(
            QuarkusScenarios.class,
            ScenarioResource.class,
            NonBlockingScenarioResource.class,
            RestCall.class,
            VertxCall.class,
            BareServer.class);
}
