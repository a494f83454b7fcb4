package dev.flashkit.quarkus.test;

import dev.flashkit.adaptertests.FailingSessionStore;
import dev.flashkit.adaptertests.StoreFailureScenarios;
import io.quarkus.test.QuarkusUnitTest;
import java.net.URI;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The store-failure scenarios on Quarkus REST, the failing store being the application's {@code SessionStore} bean: a
 * blocking store ({@code isNonBlocking() == false}), so the extension runs it on worker threads.
 */
class QuarkusStoreFailureTest extends StoreFailureScenarios {
    @RegisterExtension
    static final QuarkusUnitTest APP = TestApps.serving(
            ScenarioResource.class, NonBlockingScenarioResource.class, RestCall.class, SwitchableStore.class);

    @Override
    protected URI start(FailingSessionStore store) {
        SwitchableStore.use(store);
        return TestApps.uri();
    }

    @Override
    protected void stop() {}
}
