package dev.flashkit.spring.security;

import java.time.Clock;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;

/**
 * Flashkit's parts for Spring Security, a bean made by {@link FlashkitSecurityAutoConfiguration} whenever Spring
 * Security is on the class path (inert when the integration is off, so code that uses it still starts). {@link
 * FlashkitSecurityConfigurer} installs them as defaults of every {@code HttpSecurity}; what the application
 * configures itself wins. The one part that needs a line of code is the form-login failure handler: {@code
 * .formLogin(form -> form.failureHandler(flashkitSecurity.loginFailureHandler("/login")))}.
 */
public final class FlashkitSecurity {
    private final FlashkitSecurityProperties properties;
    private final PrincipalMapper principalMapper;
    private final Clock clock;
    private final boolean enabled;

    FlashkitSecurity(
            FlashkitSecurityProperties properties, PrincipalMapper principalMapper, Clock clock, boolean enabled) {
        this.properties = properties;
        this.principalMapper = principalMapper;
        this.clock = clock;
        this.enabled = enabled;
    }

    /**
     * A form-login failure handler that flashes {@code flashkit.security.messages.login-failure} and redirects to
     * {@code failureUrl}, typically the login page itself (which then shows the message). Unlike Spring's default
     * it keeps nothing in the HttpSession. When the integration is off it is Spring's own handler (a redirect to
     * {@code failureUrl}, the exception in the HttpSession), so the application starts and works either way.
     */
    public AuthenticationFailureHandler loginFailureHandler(String failureUrl) {
        return enabled
                ? new LoginFailureHandler(failureUrl, properties.getMessages().getLoginFailure())
                : new SimpleUrlAuthenticationFailureHandler(failureUrl);
    }

    /**
     * Whether Flashkit wires itself into Spring Security: {@code flashkit.security.enabled} and Flashkit installed
     * ({@code flashkit.enabled}).
     */
    public boolean isEnabled() {
        return enabled;
    }

    /** Whether the login is kept in the Flashkit session ({@code flashkit.security.stateless-login}). */
    public boolean isStatelessLogin() {
        return enabled && properties.isStatelessLogin();
    }

    /** Sets Flashkit's parts as defaults of {@code http}: called before the application configures it. */
    void applyDefaults(HttpSecurity http) throws Exception {
        if (!enabled) {
            return;
        }
        FlashkitSecurityProperties.Messages texts = properties.getMessages();
        http.csrf(csrf -> csrf.csrfTokenRepository(new SessionCsrfTokenRepository()));
        http.sessionManagement(
                session -> session.addSessionAuthenticationStrategy(new LoginSessionStrategy(texts.getLoginSuccess())));
        http.logout(logout -> logout.addLogoutHandler(new LogoutSessionHandler(texts.getLogout())));
        http.exceptionHandling(exceptions -> exceptions.defaultAccessDeniedHandlerFor(
                new FlashingAccessDeniedHandler(texts.getAccessDenied()), FlashingAccessDeniedHandler.pages()));
        if (properties.isStatelessLogin()) {
            http.securityContext(context -> context.securityContextRepository(new DelegatingSecurityContextRepository(
                    new RequestAttributeSecurityContextRepository(),
                    new SessionSecurityContextRepository(principalMapper, clock))));
            http.requestCache(cache -> cache.requestCache(new SessionRequestCache()));
        }
    }

    /** The filter that shows pending messages on Spring Security's generated login and logout pages. */
    GeneratedPageMessagesFilter generatedPageMessages(String loginPage) {
        return new GeneratedPageMessagesFilter(loginPage, properties.getMessages());
    }
}
