package dev.flashkit.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flashkit.Flashkit;
import dev.flashkit.FlashkitConfig;
import dev.flashkit.spring.config.ConfigApplication;
import dev.flashkit.test.TestSecrets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * An application's own {@code Flashkit} bean (which the {@code flashkit.*} properties do not reach) is still held
 * to {@code flashkit.env=production} / {@code FLASHKIT_ENV=production}: a real application refuses to start with
 * one in development mode, instead of running with a random development key.
 */
class OwnFlashkitBeanTest {

    /** An own bean built without production mode or a secret, as a new user might write it. */
    @Configuration(proxyBeanMethods = false)
    static class DevelopmentBean {
        @Bean
        Flashkit ownFlashkit() {
            return Flashkit.create(FlashkitConfig.builder().build());
        }
    }

    /** An own bean built for production. */
    @Configuration(proxyBeanMethods = false)
    static class ProductionBean {
        @Bean
        Flashkit ownFlashkit() {
            return Flashkit.create(FlashkitConfig.builder()
                    .production(true)
                    .secret(TestSecrets.random())
                    .build());
        }
    }

    @Test
    void ownBean_developmentKeyUnderProductionProperty_failsStartupSayingWhyAndWhatToDo() {
        assertThatThrownBy(() -> ConfigApplication.with(Map.of(), DevelopmentBean.class)
                        .properties("flashkit.env=production")
                        .run())
                .rootCause()
                .isInstanceOf(ConfigurationFailure.class)
                .hasMessageStartingWith("flashkit.env (property source \"defaultProperties\") asks for production mode,"
                        + " but the Flashkit bean 'ownFlashkit' is not in production mode and uses a random"
                        + " development key.")
                .hasMessageContaining("declare a FlashkitConfigCustomizer bean instead")
                .hasMessageContaining("FlashkitConfig.builder().production(true).secret(...)");
    }

    @Test
    void ownBean_developmentKeyUnderFlashkitEnvVariable_failsStartupNamingTheVariable() {
        assertThatThrownBy(() -> ConfigApplication.with(Map.of("FLASHKIT_ENV", "production"), DevelopmentBean.class)
                        .run())
                .rootCause()
                .hasMessageStartingWith("FLASHKIT_ENV (environment variable) asks for production mode");
    }

    @Test
    void ownBean_builtForProduction_startsAndIsTheBeanInUse() {
        try (ConfigurableApplicationContext app = ConfigApplication.with(
                        Map.of("FLASHKIT_ENV", "production"), ProductionBean.class)
                .run()) {
            Flashkit flashkit = app.getBean(Flashkit.class);
            assertThat(flashkit.config().isProduction()).isTrue();
            assertThat(app.getBeanNamesForType(Flashkit.class)).containsExactly("ownFlashkit");
        }
    }
}
