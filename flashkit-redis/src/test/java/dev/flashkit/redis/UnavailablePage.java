package dev.flashkit.redis;

import dev.flashkit.session.SessionStoreException;
import dev.flashkit.storetests.MiniApp;
import io.javalin.Javalin;

/**
 * The Redis multi-node test app's own answer when the session store fails, as documented in docs/redis.md: 503
 * with {@code Retry-After: 5} and a short message, never a 500 and never a fresh session.
 */
final class UnavailablePage {
    static final String TEXT = "Sessions are temporarily unavailable. Please try again in a few seconds.";

    private UnavailablePage() {}

    /** Registers the page on a {@link MiniApp} node before its routes. */
    static void register(Javalin app) {
        app.exception(
                SessionStoreException.class,
                (e, ctx) -> ctx.status(503).header("Retry-After", "5").result(TEXT));
    }
}
