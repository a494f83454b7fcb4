package dev.flashkit.quarkus.test;

import dev.flashkit.adaptertests.AdapterScenarios;
import dev.flashkit.redis.QuarkusTestRedis;
import io.quarkus.test.QuarkusUnitTest;
import java.net.URI;
import org.eclipse.microprofile.config.ConfigProvider;

/** What the QuarkusUnitTest applications of these tests share. */
final class TestApps {
    private TestApps() {}

    /** An application on a free port serving {@code classes}. */
    static QuarkusUnitTest serving(Class<?>... classes) {
        return new QuarkusUnitTest()
                .withApplicationRoot(jar -> jar.addClasses(classes)
                        .addClass(TestApps.class)
                        // the shared suites, loaded beside the test class: their default methods reach AdapterScenarios
                        .addPackage(AdapterScenarios.class.getPackage()))
                .overrideConfigKey("quarkus.http.test-port", "0");
    }

    /**
     * An application serving {@code classes} with the Redis store, configured as a user would:
     * {@code quarkus.flashkit.session.store=redis} against the throwaway redis-server.
     */
    static QuarkusUnitTest servingRedis(Class<?>... classes) {
        Class<?>[] all = java.util.Arrays.copyOf(classes, classes.length + 2);
        all[classes.length] = QuarkusTestRedis.class;
        all[classes.length + 1] = MessagesInRedis.class;
        return serving(all)
                .overrideConfigKey("quarkus.flashkit.session.store", "redis")
                .overrideConfigKey("quarkus.flashkit.redis.url", QuarkusTestRedis.uri());
    }

    /** Where the running application listens. */
    static URI uri() {
        int port = ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
        return URI.create("http://localhost:" + port);
    }
}
