package dev.flashkit.servlet;

import dev.flashkit.session.SessionStoreException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The answer when the session store fails (e.g. Redis unreachable): {@code 503 Service Unavailable} with
 * {@code Retry-After} and a short plain-text page, and no Flashkit cookie, so the user's cookie stays as it
 * is and the session resumes once the store is back (docs/redis.md, "Failure behaviour").
 */
final class StoreUnavailable {
    /** The body of the 503 answer. */
    static final String TEXT = "Sessions are temporarily unavailable. Please try again in a moment.";

    private static final System.Logger LOG = System.getLogger(StoreUnavailable.class.getName());

    private StoreUnavailable() {}

    /** The {@link SessionStoreException} in {@code failure}'s cause chain, or {@code null}. */
    static SessionStoreException find(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SessionStoreException storeFailure) {
                return storeFailure;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    /**
     * Replaces the response (status, headers — Flashkit's cookies included — and buffered body) with the 503
     * answer. Returns {@code false} when the response was already sent, so nothing could be done.
     */
    static boolean answer(
            HttpServletRequest request,
            HttpServletResponse response,
            long retryAfterSeconds,
            SessionStoreException failure)
            throws IOException {
        LOG.log(
                System.Logger.Level.WARNING,
                "Flashkit: session store unavailable for " + request.getMethod() + " " + request.getRequestURI()
                        + ", answering 503: " + failure.getMessage());
        if (response.isCommitted()) {
            return false;
        }
        response.reset();
        byte[] body = TEXT.getBytes(StandardCharsets.UTF_8);
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", Long.toString(retryAfterSeconds));
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/plain;charset=UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        return true;
    }
}
