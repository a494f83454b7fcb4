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
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Spring Security's default access-denied answer (403) plus, for a browser's page request, the access-denied text as
 * a flash message, which the next page shows. A CSRF failure is answered the same way but flashes nothing: the user
 * was not denied a page. Installed as the default for page requests only, so the handlers other parts of Spring
 * Security register for their requests (a resource server's for bearer tokens) keep theirs.
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
        if (!(denied instanceof CsrfException) && isPage(request)) {
            Flash.add(request, Level.WARNING, deniedText);
        }
        delegate.handle(request, response, denied);
    }

    /** A browser's page request ({@code Accept} names HTML), which other handlers of an application leave to this one. */
    static RequestMatcher pages() {
        return FlashingAccessDeniedHandler::isPage;
    }

    private static boolean isPage(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains("text/html");
    }
}
