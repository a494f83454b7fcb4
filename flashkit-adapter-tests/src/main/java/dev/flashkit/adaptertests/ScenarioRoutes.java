package dev.flashkit.adaptertests;

import dev.flashkit.FlashkitNotInstalledException;
import dev.flashkit.session.Session;

/**
 * The application every adapter serves for {@link AdapterScenarios}: the same routes, written once
 * against {@link ScenarioCall}. Unknown paths answer 404.
 */
public final class ScenarioRoutes {
    private ScenarioRoutes() {}

    /** Handles one request; may throw (the {@code /fail/*} routes) like a buggy handler would. */
    public static void handle(ScenarioCall call) {
        String route = call.method() + " " + call.path();
        switch (route) {
            case "GET /plain", "HEAD /plain" -> call.respond(200, "plain");
            case "GET /session", "HEAD /session" -> showSession(call);
            case "POST /session" -> {
                call.session().put(call.param("key"), call.param("value"));
                call.redirect("/session");
            }
            case "POST /login" -> {
                Session session = call.session();
                session.put("user", call.param("user"));
                session.rotate();
                call.redirect("/session");
            }
            case "POST /logout" -> {
                call.session().invalidate();
                call.redirect("/session");
            }
            case "GET /not-installed" -> {
                try {
                    call.session();
                    call.respond(200, "installed");
                } catch (FlashkitNotInstalledException e) {
                    call.respond(200, "not installed: " + e.getMessage());
                }
            }
            case "POST /fail/session" -> {
                call.session().put(call.param("key"), call.param("value"));
                throw new IllegalStateException("handler failed after changing the session");
            }
            case "POST /fail/status" -> {
                call.session().put(call.param("key"), call.param("value"));
                call.respond(503, "unavailable");
            }
            case "POST /client-error/session" -> {
                call.session().put(call.param("key"), call.param("value"));
                call.respond(422, "invalid");
            }
            default -> call.respond(404, "no route " + route);
        }
    }

    private static void showSession(ScenarioCall call) {
        Session session = call.session();
        StringBuilder body = new StringBuilder();
        for (String key : session.keys()) {
            body.append(key).append('=').append(session.get(key)).append('\n');
        }
        if (!session.isNew()) {
            body.append("id=").append(session.id()).append('\n');
        }
        call.respond(200, body.toString());
    }
}
