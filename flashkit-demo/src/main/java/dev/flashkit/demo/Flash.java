package dev.flashkit.demo;

import dev.flashkit.Flashkit;
import dev.flashkit.javalin.FlashkitPlugin;
import dev.flashkit.messages.Messages;
import dev.flashkit.session.Session;
import io.javalin.http.Context;
import java.util.List;

/** The demo's one place that reaches Flashkit's per-request objects from a Javalin {@link Context}. */
final class Flash {

    private Flash() {}

    /** The request's session. */
    static Session session(Context ctx) {
        return FlashkitPlugin.session(ctx);
    }

    /** The request's flash messages. */
    static Messages messages(Context ctx) {
        return FlashkitPlugin.messages(ctx);
    }

    /** The names of the cookies Flashkit may set, for the debug page's sizes. */
    static List<String> cookieNames(Flashkit flashkit) {
        return List.of(
                flashkit.config().sessionCookieName(),
                flashkit.config().messages().cookieName());
    }
}
