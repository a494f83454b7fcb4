package dev.flashkit.spring.security;

import dev.flashkit.messages.Level;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * A form-login failure: flashes the login-failure text and redirects to the failure URL. Unlike Spring's default
 * handler it keeps no exception in the HttpSession, so a failed login creates no {@code JSESSIONID}; the text is
 * the same whatever failed (unknown user, wrong password, locked account), revealing nothing about the account.
 */
final class LoginFailureHandler implements AuthenticationFailureHandler {
    private final RedirectStrategy redirect = new DefaultRedirectStrategy();
    private final String failureUrl;
    private final String failureText;

    LoginFailureHandler(String failureUrl, String failureText) {
        this.failureUrl = failureUrl;
        this.failureText = failureText;
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        Flash.add(request, Level.ERROR, failureText);
        redirect.sendRedirect(request, response, failureUrl);
    }
}
