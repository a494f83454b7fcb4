package dev.flashkit.quarkus.test;

import io.quarkus.test.QuarkusUnitTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The shared adapter scenarios on a Vert.x reactive route ({@code @Route}) with the cookie store. */
class RouteScenarioTest extends QuarkusScenarios {
    @RegisterExtension
    static final QuarkusUnitTest APP =
            TestApps.serving(QuarkusScenarios.class, ScenarioRoute.class, VertxCall.class, BareServer.class);
}
