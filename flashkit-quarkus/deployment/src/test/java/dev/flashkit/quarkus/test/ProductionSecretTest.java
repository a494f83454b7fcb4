package dev.flashkit.quarkus.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.quarkus.test.QuarkusUnitTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Production mode without a secret stops the application at startup, with Flashkit's own message. */
class ProductionSecretTest {
    @RegisterExtension
    static final QuarkusUnitTest APP = new QuarkusUnitTest()
            .withEmptyApplication()
            .overrideConfigKey("quarkus.flashkit.env", "production")
            .assertException(failure -> {
                Throwable root = failure;
                while (root.getCause() != null && root.getCause() != root) {
                    root = root.getCause();
                }
                assertThat(root.getMessage())
                        .contains("quarkus.flashkit.secret")
                        .contains("openssl rand -base64 32");
            });

    @Test
    void startup_productionWithoutSecret_fails() {
        fail("the application must not start");
    }
}
