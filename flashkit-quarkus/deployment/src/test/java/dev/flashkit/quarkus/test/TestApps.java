package dev.flashkit.quarkus.test;

import dev.flashkit.adaptertests.AdapterScenarios;
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

    /** Where the running application listens. */
    static URI uri() {
        int port = ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
        return URI.create("http://localhost:" + port);
    }
}
