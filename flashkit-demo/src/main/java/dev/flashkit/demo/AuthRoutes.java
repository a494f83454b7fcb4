package dev.flashkit.demo;

import dev.flashkit.session.Session;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** Log in, a protected dashboard and log out — the Django tutorial's flow, with session rotation. */
final class AuthRoutes {

    private static final String DEMO_USER = "test";
    private static final String DEMO_PASSWORD = "password";

    private AuthRoutes() {}

    static void register(Javalin app, Pages pages) {
        app.get("/login", ctx -> {
            CookieCheck.offer(ctx);
            pages.render(ctx, "login");
        });
        app.post("/login", ctx -> {
            if (!CookieCheck.refused(ctx, pages)) {
                login(ctx);
            }
        });
        app.get("/dashboard", ctx -> dashboard(ctx, pages));
        app.post("/logout", AuthRoutes::logout);
    }

    private static void login(Context ctx) {
        String username = ctx.formParam("username");
        String password = ctx.formParam("password");
        if (matches(username, DEMO_USER) && matches(password, DEMO_PASSWORD)) {
            Session session = Flash.session(ctx);
            session.rotate();
            session.put(Pages.USER, username);
            Flash.messages(ctx).success("Welcome back, " + username + "!");
            ctx.redirect("/dashboard", HttpStatus.SEE_OTHER);
        } else {
            Flash.messages(ctx).error("Invalid username or password.");
            ctx.redirect("/login", HttpStatus.SEE_OTHER);
        }
    }

    private static void dashboard(Context ctx, Pages pages) {
        if (Flash.session(ctx).getString(Pages.USER) == null) {
            Flash.messages(ctx).warning("Please log in to view the dashboard.");
            ctx.redirect("/login", HttpStatus.SEE_OTHER);
            return;
        }
        pages.render(ctx, "dashboard");
    }

    private static void logout(Context ctx) {
        Flash.session(ctx).invalidate();
        Flash.messages(ctx).info("You have been logged out.");
        ctx.redirect("/", HttpStatus.SEE_OTHER);
    }

    /** Constant-time comparison, so the demo does not teach timing leaks. */
    private static boolean matches(String given, String expected) {
        return given != null
                && MessageDigest.isEqual(
                        given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }
}
