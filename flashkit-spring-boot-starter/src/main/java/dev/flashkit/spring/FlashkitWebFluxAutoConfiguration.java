package dev.flashkit.spring;

import dev.flashkit.Flashkit;
import dev.flashkit.servlet.HttpSessionStore;
import dev.flashkit.webflux.FlashkitArgumentResolver;
import dev.flashkit.webflux.FlashkitWebFilter;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.web.reactive.config.WebFluxConfigurer;
import org.springframework.web.reactive.result.method.annotation.ArgumentResolverConfigurer;
import org.springframework.web.server.ServerWebExchange;

/**
 * Spring WebFlux: the {@link FlashkitWebFilter} over the {@link Flashkit} bean of {@link FlashkitAutoConfiguration}
 * (the same {@code flashkit.*} properties, {@code FLASHKIT_*} variables, stores, i18n and metrics as a servlet
 * application; {@code flashkit.filter.order} and {@code flashkit.filter.retry-after} apply to it), readers' locales
 * from the exchange's {@code LocaleContext}, and {@code Session}, {@code Messages} and {@code RequestContext} as
 * controller method arguments. The arguments are there with {@code flashkit.enabled=false} too, so that such an
 * argument fails saying why.
 */
@AutoConfiguration(after = FlashkitAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@ConditionalOnClass({FlashkitWebFilter.class, WebFluxConfigurer.class})
public class FlashkitWebFluxAutoConfiguration {
    static final String FILTER_DID_NOT_RUN = "The Spring Boot starter registers FlashkitWebFilter, but it did not run "
            + "for this request. In the application, check that FlashkitAutoConfiguration and "
            + "FlashkitWebFluxAutoConfiguration are not excluded; in a WebTestClient test bind to the application "
            + "context (WebTestClient.bindToApplicationContext), whose WebFilter beans apply.";
    static final String STARTER_DISABLED = "flashkit.enabled=false turns the Spring Boot starter off, so no "
            + "FlashkitWebFilter runs: remove that setting from this application or test (or set it to true), or "
            + "declare a dev.flashkit.webflux.FlashkitWebFilter bean yourself.";

    /** Creates the auto-configuration (Spring calls this). */
    public FlashkitWebFluxAutoConfiguration() {}

    /** The filter, which WebFlux applies like every {@code WebFilter} bean, in {@code flashkit.filter.order}. */
    @Bean
    @ConditionalOnBean(Flashkit.class)
    @ConditionalOnMissingBean
    public FlashkitWebFilter flashkitWebFilter(Flashkit flashkit, FlashkitProperties properties) {
        if (flashkit.sessionStore() instanceof HttpSessionStore) {
            throw new ConfigurationFailure(
                    "flashkit.session.store=http-session keeps sessions in the servlet container's HttpSession, which a"
                            + " WebFlux application does not have.",
                    "Use flashkit.session.store=cookie (the default), memory or redis in a WebFlux application.");
        }
        return new FlashkitWebFilter(flashkit)
                .retryAfter(properties.getFilter().getRetryAfter())
                .order(properties.getFilter().getOrder())
                .locales(FlashkitWebFluxAutoConfiguration::locales);
    }

    /** The locale WebFlux resolved for the exchange ({@code spring.web.locale}, {@code Accept-Language}), if any. */
    private static List<Locale> locales(ServerWebExchange exchange) {
        Locale locale = exchange.getLocaleContext().getLocale();
        return locale == null ? List.of() : List.of(locale);
    }

    /** Adds the argument resolver to WebFlux. */
    @Bean
    WebFluxConfigurer flashkitWebFluxArgumentResolvers(Environment environment) {
        // What FlashkitAutoConfiguration's @ConditionalOnProperty tests: unset, or "true" in any case.
        boolean starterEnabled = "true".equalsIgnoreCase(environment.getProperty("flashkit.enabled", "true"));
        FlashkitArgumentResolver resolver =
                new FlashkitArgumentResolver(starterEnabled ? FILTER_DID_NOT_RUN : STARTER_DISABLED);
        return new WebFluxConfigurer() {
            @Override
            public void configureArgumentResolvers(ArgumentResolverConfigurer configurer) {
                configurer.addCustomResolver(resolver);
            }
        };
    }
}
