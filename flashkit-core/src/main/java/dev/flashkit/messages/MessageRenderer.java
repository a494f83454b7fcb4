package dev.flashkit.messages;

import java.util.List;

/**
 * Turns messages into markup. {@link #html()} is the built-in Bootstrap-5-compatible renderer whose
 * output is the contract template partials and {@code flashkit.js} follow.
 */
@FunctionalInterface
public interface MessageRenderer {

    /** The markup for {@code messages} (already resolved for the reader); empty string for none. */
    String render(List<Message> messages);

    /**
     * The built-in accessible HTML renderer: escaped Bootstrap-5-compatible alerts ({@code alert alert-<css>},
     * error → {@code danger}, debug → {@code secondary}), {@code role="alert"} for warning and error, {@code
     * role="status"} with {@code aria-live="polite"} for the rest, and a close button {@code flashkit.js} (or
     * Bootstrap) wires up; nothing at all for no messages. Shared and thread-safe.
     */
    static MessageRenderer html() {
        return HtmlRenderer.INSTANCE;
    }
}
