package dev.flashkit.spring.security;

import dev.flashkit.servlet.FlashkitFilter;
import dev.flashkit.session.Session;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.DefaultCsrfToken;

/**
 * Keeps the CSRF token in the Flashkit session (one string under {@value #KEY}) instead of the HttpSession, so CSRF
 * protection works with the stateless cookie store and sets no {@code JSESSIONID}. Spring Security still masks the
 * token it puts in forms (BREACH protection) and compares in constant time.
 */
final class SessionCsrfTokenRepository implements CsrfTokenRepository {
    static final String KEY = "_flashkit.csrf";
    private static final String HEADER = "X-CSRF-TOKEN";
    private static final String PARAMETER = "_csrf";

    @Override
    public CsrfToken generateToken(HttpServletRequest request) {
        return new DefaultCsrfToken(HEADER, PARAMETER, UUID.randomUUID().toString());
    }

    @Override
    public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
        Session session = FlashkitFilter.session(request);
        if (token == null) {
            session.remove(KEY);
        } else {
            session.put(KEY, token.getToken());
        }
    }

    @Override
    public CsrfToken loadToken(HttpServletRequest request) {
        String token = FlashkitFilter.session(request).getString(KEY);
        return token == null ? null : new DefaultCsrfToken(HEADER, PARAMETER, token);
    }
}
