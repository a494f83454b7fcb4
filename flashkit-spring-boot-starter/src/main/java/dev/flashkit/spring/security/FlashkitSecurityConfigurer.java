package dev.flashkit.spring.security;

import org.springframework.context.ApplicationContext;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.web.authentication.ui.DefaultLoginPageGeneratingFilter;

/**
 * Wires Flashkit into every {@code SecurityFilterChain} built from Spring's {@code HttpSecurity} bean, with no code
 * in the application: Spring Security applies it to each {@code HttpSecurity} it hands out (it is listed under
 * {@code AbstractHttpConfigurer} in {@code META-INF/spring.factories}), before the application's own {@code
 * SecurityFilterChain} method configures it. So Flashkit's parts are defaults: a CSRF token repository, access-denied
 * handler, security context repository or request cache the application sets itself replaces Flashkit's, and
 * {@code logout(...)} or session management turned off takes Flashkit's handler with it. Does nothing when the
 * integration is off ({@code flashkit.security.enabled=false}, {@code flashkit.enabled=false}).
 */
public final class FlashkitSecurityConfigurer extends AbstractHttpConfigurer<FlashkitSecurityConfigurer, HttpSecurity> {

    /** Creates the configurer (Spring Security does, from {@code META-INF/spring.factories}). */
    public FlashkitSecurityConfigurer() {}

    /** Applies Flashkit's defaults as Spring Security hands the configurer its {@code HttpSecurity}. */
    @Override
    public void setBuilder(HttpSecurity http) {
        super.setBuilder(http);
        FlashkitSecurity flashkit = flashkitSecurity(http);
        if (flashkit != null) {
            try {
                flashkit.applyDefaults(http);
            } catch (Exception e) {
                throw new IllegalStateException("Flashkit could not configure Spring Security: " + e.getMessage(), e);
            }
        }
    }

    /** Adds the filter that shows pending messages on the generated login and logout pages, when Spring generates them. */
    @Override
    public void configure(HttpSecurity http) {
        FlashkitSecurity flashkit = flashkitSecurity(http);
        DefaultLoginPageGeneratingFilter page = http.getSharedObject(DefaultLoginPageGeneratingFilter.class);
        if (flashkit != null
                && flashkit.isEnabled()
                && page != null
                && page.isEnabled()
                && page.getLoginPageUrl() != null) {
            http.addFilterBefore(
                    flashkit.generatedPageMessages(page.getLoginPageUrl()), DefaultLoginPageGeneratingFilter.class);
        }
    }

    private static FlashkitSecurity flashkitSecurity(HttpSecurity http) {
        ApplicationContext context = http.getSharedObject(ApplicationContext.class);
        return context == null
                ? null
                : context.getBeanProvider(FlashkitSecurity.class).getIfAvailable();
    }
}
