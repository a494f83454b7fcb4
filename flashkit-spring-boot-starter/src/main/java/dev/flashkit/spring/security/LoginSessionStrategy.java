package dev.flashkit.spring.security;

import dev.flashkit.messages.Level;
import dev.flashkit.servlet.FlashkitFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;

/**
 * On a successful interactive login (form login, OAuth2 login...): rotates the Flashkit session, so a session id
 * planted before the login is worthless afterwards, and flashes the login-success text.
 */
final class LoginSessionStrategy implements SessionAuthenticationStrategy {
    private final String successText;

    LoginSessionStrategy(String successText) {
        this.successText = successText;
    }

    @Override
    public void onAuthentication(
            Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
        FlashkitFilter.session(request).rotate();
        Flash.add(request, Level.SUCCESS, successText);
    }
}
