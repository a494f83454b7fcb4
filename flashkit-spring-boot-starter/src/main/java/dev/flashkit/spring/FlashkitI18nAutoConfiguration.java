package dev.flashkit.spring;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;

/**
 * i18n the Spring way: message keys ({@code MessageText.key(...)}) are resolved at display time with the
 * application's {@link MessageSource} ({@code spring.messages.basename} and the rest of {@code spring.messages.*}),
 * in the locale of the application's {@link LocaleResolver} (WebFlux: the exchange's locale context); Flashkit's own
 * texts ("+N more messages") too, from Flashkit's bundle when the MessageSource lacks them. Setting {@code flashkit.messages.bundle} keeps Flashkit's
 * resource bundles instead, and a {@link FlashkitConfigCustomizer} that sets a text resolver wins.
 */
@AutoConfiguration(
        before = FlashkitAutoConfiguration.class,
        afterName = "org.springframework.boot.autoconfigure.context.MessageSourceAutoConfiguration")
@ConditionalOnWebApplication
@ConditionalOnProperty(prefix = "flashkit", name = "enabled", havingValue = "true", matchIfMissing = true)
public class FlashkitI18nAutoConfiguration {

    /** Creates the auto-configuration; Spring calls it. */
    public FlashkitI18nAutoConfiguration() {}

    /**
     * Puts the MessageSource resolver on the builder first, so that the application's customizers come after it,
     * unless {@code flashkit.messages.bundle} asks for Flashkit's resource bundles.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    public FlashkitConfigCustomizer flashkitMessageSource(MessageSource messageSource, Environment environment) {
        boolean ownBundle = Binder.get(environment)
                .bind("flashkit.messages.bundle", String.class)
                .isBound();
        MessageSourceTextResolver resolver = new MessageSourceTextResolver(messageSource);
        return builder -> {
            if (!ownBundle) {
                builder.messageTextResolver(resolver);
            }
        };
    }

    /** Spring MVC (WebFlux asks the exchange's {@code LocaleContext}, see FlashkitWebFluxAutoConfiguration). */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnClass(DispatcherServlet.class)
    static class Servlet {
        /**
         * The request's locale from the application's LocaleResolver (looked up on first use: this configuration
         * does not run after Spring MVC's, whose flash-map manager Flashkit's may replace), for the filter.
         */
        @Bean
        public RequestLocales flashkitRequestLocales(BeanFactory beans) {
            return new RequestLocales(beans);
        }
    }
}
