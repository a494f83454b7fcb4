package dev.flashkit.spring;

import dev.flashkit.Flashkit;
import dev.flashkit.FlashkitConfig;
import dev.flashkit.servlet.FlashkitFilter;
import dev.flashkit.servlet.HttpSessionStore;
import dev.flashkit.session.MemorySessionStore;
import dev.flashkit.session.SessionStore;
import jakarta.servlet.DispatcherType;
import java.util.List;
import java.util.Locale;
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
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Installs Flashkit in a Spring Boot servlet application: a {@link Flashkit} bean built from the {@code
 * flashkit.*} properties (a {@link SessionStore} bean, when present, is used as the store), the {@link
 * FlashkitFilter} registered at order {@value #FILTER_ORDER} — after Spring Session's filter and before
 * Spring Security's chain (-100) — for the REQUEST, ASYNC and ERROR dispatches, and the {@code #flashkit}
 * Thymeleaf expression object. {@link FlashkitWebMvcAutoConfiguration} adds the controller method arguments.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(FlashkitFilter.class)
@ConditionalOnProperty(prefix = "flashkit", name = "enabled", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties(FlashkitProperties.class)
public class FlashkitAutoConfiguration {
    /** Default order of the filter registration: before Spring Security (-100), after Spring Session. */
    public static final int FILTER_ORDER = -200;

    /** Creates the auto-configuration (Spring calls this). */
    public FlashkitAutoConfiguration() {}

    /** The Flashkit instance, unless the application defines its own. */
    @Bean
    @ConditionalOnMissingBean
    public Flashkit flashkit(FlashkitProperties properties, ObjectProvider<SessionStore> sessionStore) {
        return Flashkit.create(config(properties, sessionStore.getIfAvailable()));
    }

    /** The filter, registered early. */
    @Bean
    @ConditionalOnMissingBean(name = "flashkitFilterRegistration")
    public FilterRegistrationBean<FlashkitFilter> flashkitFilterRegistration(
            Flashkit flashkit, FlashkitProperties properties) {
        FilterRegistrationBean<FlashkitFilter> registration = new FilterRegistrationBean<>(
                new FlashkitFilter(flashkit).retryAfter(properties.getFilter().getRetryAfter()));
        registration.setName("flashkitFilter");
        registration.setOrder(properties.getFilter().getOrder());
        registration.setAsyncSupported(true);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR);
        registration.setUrlPatterns(List.of("/*"));
        return registration;
    }

    static FlashkitConfig config(FlashkitProperties p, SessionStore customStore) {
        FlashkitConfig.Builder b = FlashkitConfig.builder();
        String env = p.getEnv() == null ? "development" : p.getEnv().trim().toLowerCase(Locale.ROOT);
        switch (env) {
            case "production", "prod" -> b.production(true);
            case "development", "dev", "test" -> b.production(false);
            default ->
                throw new IllegalArgumentException(
                        "flashkit.env must be 'development' or 'production', not '" + p.getEnv() + "'");
        }
        if (p.getSecret() != null && !p.getSecret().isBlank()) {
            b.secret(p.getSecret());
        }
        if (!p.getSecretFallbacks().isEmpty()) {
            b.fallbackSecrets(p.getSecretFallbacks());
        }
        FlashkitProperties.Session s = p.getSession();
        b.sessionCookieName(s.getCookieName()).sessionMaxAge(s.getMaxAge()).sessionIdleTimeout(s.getIdleTimeout());
        FlashkitProperties.Cookie c = p.getCookie();
        b.cookieSecurity(c.getSecure())
                .sameSite(c.getSameSite())
                .cookiePath(c.getPath())
                .cookieDomain(c.getDomain())
                .hostPrefix(c.isHostPrefix());
        if (customStore != null) {
            b.sessionStore(customStore);
        } else if (s.getStore() == FlashkitProperties.Store.MEMORY) {
            b.sessionStore(MemorySessionStore.create(s.getMemoryMaxSessions()));
        } else if (s.getStore() == FlashkitProperties.Store.HTTP_SESSION) {
            b.sessionStore(HttpSessionStore.create());
        }
        return b.build();
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
