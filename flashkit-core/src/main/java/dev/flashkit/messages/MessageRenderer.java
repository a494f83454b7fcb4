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

    /** The built-in accessible HTML renderer ({@link HtmlRenderer}). */
    static MessageRenderer html() {
        return HtmlRenderer.INSTANCE;
    }
}
