package dev.flashkit.javalin;

import dev.flashkit.adaptertests.ScenarioCall;
import dev.flashkit.adaptertests.ScenarioRoutes;
import dev.flashkit.messages.Messages;
import dev.flashkit.session.Session;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;

/** A Javalin app serving {@link ScenarioRoutes} through {@link FlashkitPlugin}'s accessors. */
final class ScenarioApp {
    private ScenarioApp() {}

    /** Starts the app with Flashkit's {@code plugin}, or without Flashkit when {@code null}. */
    static Javalin start(FlashkitPlugin plugin) {
        Handler handler = ctx -> ScenarioRoutes.handle(call(ctx));
        return TestApps.start(
                plugin, routes -> routes.get("*", handler).post("*", handler).head("*", handler));
    }

    private static ScenarioCall call(Context ctx) {
        return new ScenarioCall() {
            @Override
            public String method() {
                return ctx.method().name();
            }

            @Override
            public String path() {
                return ctx.path();
            }

            @Override
            public String param(String name) {
                return ctx.queryParam(name);
            }

            @Override
            public Session session() {
                return FlashkitPlugin.session(ctx);
            }

            @Override
            public Messages messages() {
                return FlashkitPlugin.messages(ctx);
            }

            @Override
            public Messages messagesOrNoop() {
                return FlashkitPlugin.messagesOrNoop(ctx);
            }

            @Override
            public void addHeader(String name, String value) {
                ctx.res().addHeader(name, value);
            }

            @Override
            public void header(String name, String value) {
                ctx.header(name, value);
            }

            @Override
            public void redirect(String location) {
                ctx.redirect(location, HttpStatus.SEE_OTHER);
            }

            @Override
            public void respond(int status, String body) {
                ctx.status(status).contentType("text/plain;charset=UTF-8").result(body);
            }

            @Override
            public void flush() {
                // the plugin saves in its after-handler: a handler has no commit point
            }
        };
    }
}
