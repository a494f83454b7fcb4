package dev.flashkit.spring.security;

import dev.flashkit.messages.Level;
import dev.flashkit.servlet.FlashkitFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.LogoutHandler;

/** On logout: invalidates the Flashkit session (its cookie is cleared) and flashes the logout text. */
final class LogoutSessionHandler implements LogoutHandler {
    private final String logoutText;

    LogoutSessionHandler(String logoutText) {
        this.logoutText = logoutText;
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        FlashkitFilter.session(request).invalidate();
        Flash.add(request, Level.INFO, logoutText);
    }
}
