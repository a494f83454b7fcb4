package dev.flashkit.spring;

import dev.flashkit.Flashkit;
import dev.flashkit.FlashkitConfig;
import dev.flashkit.servlet.FlashkitFilter;
import dev.flashkit.servlet.HttpSessionStore;
import dev.flashkit.session.MemorySessionStore;
import dev.flashkit.session.SessionStore;
import jakarta.servlet.DispatcherType;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Installs Flashkit in a Spring Boot web application: a {@link Flashkit} bean built from the {@code
 * flashkit.*} properties and {@link FlashkitConfigCustomizer} beans (a {@link SessionStore} bean, when present,
 * is used as the store), a check that holds any {@code Flashkit} bean to {@code flashkit.env=production}, in a servlet
 * application the {@link FlashkitFilter} registered at order {@value #FILTER_ORDER} — after Spring Session's filter
 * and before Spring Security's chain (-100) — for the REQUEST, ASYNC and ERROR dispatches, and the {@code #flashkit}
 * Thymeleaf expression object. {@link FlashkitWebMvcAutoConfiguration} adds the controller method arguments; in a
 * reactive application {@link FlashkitWebFluxAutoConfiguration} adds the WebFlux filter and arguments.
 */
@AutoConfiguration
@ConditionalOnWebApplication
@ConditionalOnProperty(prefix = "flashkit", name = "enabled", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties(FlashkitProperties.class)
public class FlashkitAutoConfiguration {
    /** Default order of the filter registration: before Spring Security (-100), after Spring Session. */
    public static final int FILTER_ORDER = -200;

    /** Creates the auto-configuration (Spring calls this). */
    public FlashkitAutoConfiguration() {}

    /**
     * The Flashkit instance, unless the application defines its own: built from the {@code flashkit.*}
     * properties, then changed by every {@link FlashkitConfigCustomizer} bean in order.
     */
    @Bean
    @ConditionalOnMissingBean
    public Flashkit flashkit(
            FlashkitProperties properties,
            Environment environment,
            ObjectProvider<SessionStore> sessionStore,
            ObjectProvider<FlashkitConfigCustomizer> customizers) {
        FlashkitConfig.Builder builder = builder(properties, environment, sessionStore.getIfAvailable());
        customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
        FlashkitConfig config = builder.build();
        if (!config.isProduction() && ProductionModeCheck.production(properties.getEnv(), environment)) {
            throw new ConfigurationFailure(
                    SettingSource.of(environment, "flashkit.env")
                            + " asks for production mode, but a FlashkitConfigCustomizer turned it off.",
                    "Remove the production(false) call from your FlashkitConfigCustomizer; set flashkit.env to"
                            + " development where development mode is meant.");
        }
        return Flashkit.create(config);
    }

    /** Checks the {@code flashkit.*} settings before the web server starts, where the properties alone decide. */
    @Bean
    static EarlySettingsCheck flashkitEarlySettingsCheck(Environment environment) {
        return new EarlySettingsCheck(environment);
    }

    /** Holds every {@code Flashkit} bean, the application's own included, to {@code flashkit.env=production}. */
    @Bean
    static ProductionModeCheck flashkitProductionModeCheck(Environment environment) {
        return new ProductionModeCheck(environment);
    }

    /** The servlet filter (a servlet application only: WebFlux has its own, see FlashkitWebFluxAutoConfiguration). */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnClass(FlashkitFilter.class)
    static class Servlet {
        /** The filter, registered early. */
        @Bean
        @ConditionalOnMissingBean(name = "flashkitFilterRegistration")
        public FilterRegistrationBean<FlashkitFilter> flashkitFilterRegistration(
                Flashkit flashkit, FlashkitProperties properties, ObjectProvider<RequestLocales> locales) {
            FilterRegistrationBean<FlashkitFilter> registration =
                    new FilterRegistrationBean<>(new FlashkitFilter(flashkit)
                            .retryAfter(properties.getFilter().getRetryAfter()));
            locales.ifAvailable(l -> registration.getFilter().locales(l::of)); // FlashkitI18nAutoConfiguration
            registration.setName("flashkitFilter");
            registration.setOrder(properties.getFilter().getOrder());
            registration.setAsyncSupported(true);
            registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR);
            registration.setUrlPatterns(List.of("/*"));
            return registration;
        }
    }

    static FlashkitConfig.Builder builder(FlashkitProperties p, Environment environment, SessionStore customStore) {
        FlashkitConfig.Builder b = FlashkitConfig.builder();
        boolean production = ProductionModeCheck.production(p.getEnv(), environment);
        b.production(production);
        SecretSettings.apply(p, environment, production, b);
        TableProperties.apply(environment, b);
        FlashkitProperties.Session s = p.getSession();
        if (customStore != null) {
            b.sessionStore(customStore);
        } else if (s.getStore() == FlashkitProperties.Store.MEMORY) {
            b.sessionStore(MemorySessionStore.create(s.getMemoryMaxSessions()));
        } else if (s.getStore() == FlashkitProperties.Store.HTTP_SESSION) {
            b.sessionStore(HttpSessionStore.create());
        } else if (s.getStore() == FlashkitProperties.Store.JDBC) {
            throw new IllegalStateException("flashkit.session.store=jdbc needs dev.flashkit:flashkit-jdbc on the"
                    + " classpath and a DataSource bean (e.g. from spring-boot-starter-jdbc)");
        } else if (s.getStore() == FlashkitProperties.Store.REDIS) {
            throw new IllegalStateException("flashkit.session.store=redis needs dev.flashkit:flashkit-redis on the"
                    + " classpath (spring.data.redis.* say where Redis runs)");
        }
        return b;
    }

    /**
     * Thymeleaf: the {@code #flashkit} expression object, and a resolver for Flashkit's partial in the core
     * jar ({@code META-INF/flashkit/partials/thymeleaf/flashkit}) that the {@code flashkit/messages}
     * fragment uses; Spring Boot adds dialect and template resolver beans to its template engine.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.thymeleaf.spring6.SpringTemplateEngine")
    static class Thymeleaf {
        @Bean
        @ConditionalOnMissingBean
        FlashkitDialect flashkitDialect() {
            return new FlashkitDialect();
        }

        @Bean
        @ConditionalOnMissingBean(name = "flashkitTemplateResolver")
        ClassLoaderTemplateResolver flashkitTemplateResolver() {
            ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
            resolver.setName("flashkit");
            resolver.setSuffix(".html");
            resolver.setTemplateMode(TemplateMode.HTML);
            resolver.setCharacterEncoding("UTF-8");
            resolver.setResolvablePatterns(Set.of("META-INF/flashkit/partials/thymeleaf/*"));
            resolver.setCheckExistence(true);
            resolver.setOrder(Ordered.LOWEST_PRECEDENCE);
            return resolver;
        }
    }
}
