package dev.flashkit.javalin7;

import dev.flashkit.session.SessionStoreException;
import io.javalin.http.Context;

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

    /**
     * Replaces the response — status, headers (Flashkit's cookies included) and result — with the 503 answer;
     * logs and does nothing more when the response was already sent.
     */
    static void answer(Context ctx, long retryAfterSeconds, SessionStoreException failure) {
        LOG.log(
                System.Logger.Level.WARNING,
                "Flashkit: session store unavailable for " + ctx.method() + " " + ctx.path() + ", answering 503: "
                        + failure.getMessage());
        if (ctx.res().isCommitted()) {
            return;
        }
        ctx.res().reset();
        ctx.status(503)
                .header("Retry-After", Long.toString(retryAfterSeconds))
                .header("Cache-Control", "no-store")
                .contentType("text/plain;charset=UTF-8")
                .result(TEXT);
    }
}
