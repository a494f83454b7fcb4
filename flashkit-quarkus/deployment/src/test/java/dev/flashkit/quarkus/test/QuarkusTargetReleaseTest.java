package dev.flashkit.quarkus.test;

import dev.flashkit.adaptertests.TargetReleaseScenarios;
import io.quarkus.test.QuarkusUnitTest;
import java.net.URI;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The target-release scenarios on a Quarkus REST resource with the cookie store. */
class QuarkusTargetReleaseTest extends TargetReleaseScenarios {
    @RegisterExtension
    static final QuarkusUnitTest APP =
            TestApps.serving(ScenarioResource.class, NonBlockingScenarioResource.class, RestCall.class);

    @Override
    protected URI start() {
        return TestApps.uri();
    }

    @Override
    protected void stop() {}
}
