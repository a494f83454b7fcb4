package dev.flashkit.quarkus.test;

import io.quarkus.test.QuarkusUnitTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The shared adapter scenarios on a Quarkus REST resource ({@code @Blocking}) with the cookie store. */
class RestBlockingScenarioTest extends QuarkusScenarios {
    @RegisterExtension
    static final QuarkusUnitTest APP = TestApps.serving(
            QuarkusScenarios.class,
            ScenarioResource.class,
            BlockingScenarioResource.class,
            RestCall.class,
            VertxCall.class,
            BareServer.class);
}
