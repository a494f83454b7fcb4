package dev.flashkit.spring.security;

import dev.flashkit.servlet.FlashkitFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.security.web.savedrequest.SimpleSavedRequest;
import org.springframework.security.web.util.UrlUtils;

/**
 * With the stateless login: remembers the page a signed-out user asked for (a GET's path and query, under {@value
 * #KEY} in the Flashkit session) so the login returns there, instead of saving the whole request in the
 * HttpSession. Only pages are remembered (not XHR, JSON, favicons); the entry is dropped once that page is reached.
 */
final class SessionRequestCache implements RequestCache {
    static final String KEY = "_flashkit.returnTo";

    @Override
    public void saveRequest(HttpServletRequest request, HttpServletResponse response) {
        if (isPage(request)) {
            FlashkitFilter.session(request).put(KEY, UrlUtils.buildRequestUrl(request));
        }
    }

    /**
     * Whether a browser navigated to it, by the rules of Spring's own default: a GET, not XHR, not asking for JSON
     * or an event stream, not a favicon, not the error page.
     */
    private static boolean isPage(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String accept = request.getHeader("Accept");
        return "GET".equals(request.getMethod())
                && !"XMLHttpRequest".equals(request.getHeader("X-Requested-With"))
                && (accept == null
                        || !(accept.startsWith("application/json") || accept.startsWith("text/event-stream")))
                && !path.contains("/favicon.")
                && !path.equals("/error");
    }

    @Override
    public SavedRequest getRequest(HttpServletRequest request, HttpServletResponse response) {
        String url = FlashkitFilter.session(request).getString(KEY);
        return url == null ? null : new SimpleSavedRequest(url);
    }

    @Override
    public HttpServletRequest getMatchingRequest(HttpServletRequest request, HttpServletResponse response) {
        if ("GET".equals(request.getMethod())) {
            String url = FlashkitFilter.session(request).getString(KEY);
            if (url != null && url.equals(UrlUtils.buildRequestUrl(request))) {
                removeRequest(request, response);
            }
        }
        return null;
    }

    @Override
    public void removeRequest(HttpServletRequest request, HttpServletResponse response) {
        FlashkitFilter.session(request).remove(KEY);
    }
}
