package dev.flashkit.test.example;

// tag::docs[]
import static org.assertj.core.api.Assertions.assertThat;

import dev.flashkit.FlashkitConfig;
import dev.flashkit.test.TestSecrets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvironmentExampleTest {
    private final Map<String, String> environment =
            Map.of("FLASHKIT_SECRET", TestSecrets.random(), "FLASHKIT_SESSION_COOKIE_NAME", "shop_session");

    @Test
    void fromEnvironment_readsFlashkitVariables() {
        FlashkitConfig config = FlashkitConfig.fromEnvironment(environment).build();

        assertThat(config.sessionCookieName()).isEqualTo("shop_session");
        assertThat(config.usesDevelopmentKey()).isFalse();
    }

    @Test
    void builder_readsNoVariables() {
        FlashkitConfig config = FlashkitConfig.builder().build(); // FLASHKIT_* ignored: set values in code

        assertThat(config.sessionCookieName()).isEqualTo("flashkit_session");
        assertThat(config.usesDevelopmentKey()).isTrue();
    }
}
// end::docs[]
