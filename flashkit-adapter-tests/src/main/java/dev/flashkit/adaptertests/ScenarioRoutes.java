package dev.flashkit.adaptertests;

import dev.flashkit.FlashkitNotInstalledException;
import dev.flashkit.messages.Level;
import dev.flashkit.messages.Message;
import dev.flashkit.messages.MessageText;
import dev.flashkit.messages.Messages;
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
            case "GET /template/session" -> { // a template engine that wraps what the page's code throws
                try {
                    showSession(call);
                } catch (RuntimeException e) {
                    throw new IllegalStateException("template 'session' failed to render", e);
                }
            }
            case "GET /error-page/session", "POST /error-page/session" -> { // a framework that renders a 500 page
                try {
                    if (call.method().equals("POST")) {
                        call.session().put(call.param("key"), call.param("value"));
                        call.flush(); // saves here, where the adapter has such a commit point
                    }
                    showSession(call);
                } catch (RuntimeException e) {
                    call.respond(500, "error page: " + e.getClass().getSimpleName());
                }
            }
            case "POST /session" -> {
                call.session().put(call.param("key"), call.param("value"));
                call.redirect("/session");
            }
            case "GET /session/read" -> { // reads only; the application may have set its own caching headers
                if (call.param("vary") != null) {
                    call.header("Vary", call.param("vary"));
                }
                if (call.param("vary2") != null) { // a second Vary header line
                    call.addHeader("Vary", call.param("vary2"));
                }
                if (call.param("cache") != null) {
                    call.header("Cache-Control", call.param("cache"));
                }
                call.respond(200, "cart=" + call.session().getString("cart"));
            }
            case "POST /session/clear" -> {
                call.session().clear();
                call.redirect("/session");
            }
            case "POST /session/remove" -> {
                call.session().remove(call.param("key"));
                call.redirect("/session");
            }
            case "POST /session/big" -> { // more than a cookie can carry
                call.session().put("big", "x".repeat(Integer.parseInt(call.param("size"))));
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
            case "POST /items" -> {
                call.messages().success("Item '" + call.param("name") + "' added");
                call.redirect(call.param("to") != null ? call.param("to") : "/items");
            }
            case "GET /items", "HEAD /items" -> call.respond(200, render(call.messages()));
            case "GET /items/keep" -> { // shows the messages, and keeps them for the next page too
                String page = render(call.messages());
                call.messages().keep();
                call.respond(200, page);
            }
            case "POST /items/i18n" -> { // resolved in the reader's locale when shown
                call.messages().add(Level.SUCCESS, MessageText.key("item.added", call.param("name")));
                call.redirect("/items");
            }
            case "POST /htmx/items" -> { // an htmx fragment: the message travels in HX-Trigger
                call.messages().success("Item '" + call.param("name") + "' added");
                call.respond(200, "<li>" + call.param("name") + "</li>");
            }
            case "POST /htmx/redirect" -> { // htmx navigates the page: the message waits for the landing page
                call.messages().success("Saved before HX-Redirect");
                call.header("HX-Redirect", "/items");
                call.respond(200, "");
            }
            case "POST /levels" -> {
                Messages messages = call.messages();
                messages.debug("debug details");
                messages.info("for your information");
                messages.success("saved", "big");
                messages.warning("careful");
                messages.error("failed", "urgent", "inline");
                call.redirect("/items");
            }
            case "POST /flood" -> {
                int n = Integer.parseInt(call.param("n"));
                for (int i = 1; i <= n; i++) {
                    call.messages().info("Message #" + i + " " + "x".repeat(80));
                }
                call.redirect("/items");
            }
            case "GET /fail/render" -> {
                render(call.messages());
                throw new IllegalStateException("handler failed after rendering messages");
            }
            case "POST /fail/message" -> {
                call.messages().success("Saved");
                throw new IllegalStateException("handler failed after adding a message");
            }
            case "GET /messages-not-installed" -> {
                try {
                    call.messages();
                    call.respond(200, "installed");
                } catch (FlashkitNotInstalledException e) {
                    call.respond(200, "not installed: " + e.getMessage());
                }
            }
            case "GET /lenient" -> {
                call.messagesOrNoop().success("shown only where Flashkit is installed");
                call.respond(200, "lenient ok");
            }
            case "GET /missing-page" -> call.respond(404, "not found\n" + render(call.messages()));
            default -> call.respond(404, "no route " + route);
        }
    }

    /** One line per displayed message, {@code level|tags|text}, consuming them like a template does. */
    static String render(Messages messages) {
        StringBuilder body = new StringBuilder("messages:\n");
        for (Message m : messages) {
            body.append(m.level().name())
                    .append('|')
                    .append(m.tags())
                    .append('|')
                    .append(m.text().value())
                    .append('\n');
        }
        return body.toString();
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
