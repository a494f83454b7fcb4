package dev.flashkit.spring.security;

import dev.flashkit.messages.Level;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;

/**
 * Spring Security's default access-denied answer (403) plus the access-denied text as a flash message, which the
 * next page shows. A CSRF failure is answered the same way but flashes nothing: the user was not denied a page.
 */
final class FlashingAccessDeniedHandler implements AccessDeniedHandler {
    private final AccessDeniedHandler delegate = new AccessDeniedHandlerImpl();
    private final String deniedText;

    FlashingAccessDeniedHandler(String deniedText) {
        this.deniedText = deniedText;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        if (!(denied instanceof CsrfException)) {
            Flash.add(request, Level.WARNING, deniedText);
        }
        delegate.handle(request, response, denied);
    }
}
