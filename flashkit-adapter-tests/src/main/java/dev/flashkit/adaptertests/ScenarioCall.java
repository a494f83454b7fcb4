package dev.flashkit.adaptertests;

import dev.flashkit.messages.Messages;
import dev.flashkit.session.Session;

/**
 * One request as {@link ScenarioRoutes} sees it. Each adapter's test implements it over its framework's
 * native request and Flashkit's native accessor for that framework (filter, plugin, controller argument).
 */
public interface ScenarioCall {
    /** The request method in upper case. */
    String method();

    /** The request path. */
    String path();

    /** A query parameter, or {@code null}. */
    String param(String name);

    /** The session through the adapter's own accessor (raises when Flashkit is not installed). */
    Session session();

    /** The messages through the adapter's own accessor (raises when Flashkit is not installed). */
    Messages messages();

    /** The messages through the adapter's lenient accessor ({@code Messages.NOOP} when not installed). */
    Messages messagesOrNoop();

    /** Sets a response header (replacing one of that name), before {@link #respond} or {@link #redirect}. */
    void header(String name, String value);

    /** Adds a response header, keeping those of that name already set. */
    void addHeader(String name, String value);

    /** Answers with {@code 303 See Other} to {@code location}. */
    void redirect(String location);

    /** Answers with this status and a {@code text/plain} body. */
    void respond(int status, String body);

    /**
     * Sends the response's headers now, before the handler returns — a commit point where the adapter saves the
     * session (a servlet's {@code flushBuffer()}). Adapters that save only after the handler (Javalin's
     * after-handler) have no such point in a handler: there it does nothing.
     */
    void flush();
}
