package dev.flashkit.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flashkit.Flashkit;
import dev.flashkit.messages.Level;
import dev.flashkit.messages.MessageRenderer;
import dev.flashkit.test.TestSecrets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.annotation.Order;

/**
 * {@link FlashkitConfigCustomizer} beans change the auto-configured Flashkit after the {@code flashkit.*}
 * properties are applied — which therefore still hold, production mode included — in {@code @Order} order.
 */
class FlashkitConfigCustomizerTest {
    private static final MessageRenderer PLAIN = messages -> "<p>" + messages.size() + " messages</p>";

    private final WebApplicationContextRunner runner =
            new WebApplicationContextRunner().withConfiguration(AutoConfigurations.of(FlashkitAutoConfiguration.class));

    /** Declared late-first, so that only {@code @Order} can put {@code first} before {@code second}. */
    @Configuration(proxyBeanMethods = false)
    static class OrderedCustomizers {
        @Bean
        @Order(2)
        FlashkitConfigCustomizer second() {
            return builder -> builder.messageTag(Level.SUCCESS, "second");
        }

        @Bean
        @Order(1)
        FlashkitConfigCustomizer first() {
            return builder -> builder.messageTag(Level.SUCCESS, "first").messageRenderer(PLAIN);
        }
    }

    @Test
    void customizers_withProperties_applyInOrderAndPropertiesStillHold() {
        runner.withUserConfiguration(OrderedCustomizers.class)
                .withPropertyValues("flashkit.session.cookie-name=sid", "flashkit.secret=" + TestSecrets.random())
                .run(context -> {
                    Flashkit flashkit = context.getBean(Flashkit.class);
                    assertThat(flashkit.config().messages().tagOf(Level.SUCCESS))
                            .isEqualTo("second");
                    assertThat(flashkit.config().messages().renderer()).isSameAs(PLAIN);
                    assertThat(flashkit.config().sessionCookieName()).isEqualTo("sid");
                    assertThat(flashkit.config().usesDevelopmentKey()).isFalse();
                });
    }

    @Test
    void customizer_underProductionProperty_keepsProductionModeAndTheSecret() {
        runner.withBean(FlashkitConfigCustomizer.class, () -> builder -> builder.messageRenderer(PLAIN))
                .withPropertyValues("flashkit.env=production", "flashkit.secret=" + TestSecrets.random())
                .run(context -> {
                    Flashkit flashkit = context.getBean(Flashkit.class);
                    assertThat(flashkit.config().isProduction()).isTrue();
                    assertThat(flashkit.config().usesDevelopmentKey()).isFalse();
                    assertThat(flashkit.config().messages().renderer()).isSameAs(PLAIN);
                });
    }

    @Test
    void customizer_settingWhatAPropertySets_wins() {
        runner.withBean(FlashkitConfigCustomizer.class, () -> builder -> builder.sessionCookieName("from_code"))
                .withPropertyValues("flashkit.session.cookie-name=from_property")
                .run(context -> assertThat(
                                context.getBean(Flashkit.class).config().sessionCookieName())
                        .isEqualTo("from_code"));
    }

    @Test
    void customizer_turningProductionOff_failsStartupNamingTheCustomizer() {
        runner.withBean(FlashkitConfigCustomizer.class, () -> builder -> builder.production(false))
                .withPropertyValues("flashkit.env=production", "flashkit.secret=" + TestSecrets.random())
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(NestedExceptionUtils.getMostSpecificCause(context.getStartupFailure()))
                            .isInstanceOf(ConfigurationFailure.class)
                            .hasMessageContaining(
                                    "asks for production mode, but a FlashkitConfigCustomizer turned" + " it off")
                            .hasMessageContaining("Remove the production(false) call");
                });
    }
}
