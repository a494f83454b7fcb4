package dev.flashkit.spring;

import dev.flashkit.RequestContext;
import dev.flashkit.messages.Level;
import dev.flashkit.messages.Messages;
import dev.flashkit.session.Session;
import java.util.List;
import java.util.Map;

/**
 * The {@code #flashkit} object in Thymeleaf templates: {@code ${#flashkit.messages()}} (iterating it
 * displays and consumes, like Django), {@code ${#flashkit.html()}}, {@code ${#flashkit.session()}} and the
 * level constants {@code ${#flashkit.levels()['ERROR']}}.
 * Outside a request handled by Flashkit the messages are the no-op {@link Messages#NOOP} and
 * {@link #session()} raises.
 */
public final class FlashkitExpressions {
    private final Object attribute;

    FlashkitExpressions(Object attribute) {
        this.attribute = attribute;
    }

    /** The request's messages: iterate to display and consume them, {@code peek()} to read only. */
    public Messages messages() {
        return RequestContext.messagesOrNoop(attribute);
    }

    /** Whether there are messages to display (does not consume). */
    public boolean hasMessages() {
        return !messages().isEmpty();
    }

    /** The messages rendered by Flashkit's HTML renderer, consumed ({@code ""} when none). */
    public String html() {
        return messages().html();
    }

    /**
     * The level constants (Django's {@code DEFAULT_MESSAGE_LEVELS}): {@code DEBUG} … {@code ERROR} and the
     * configured custom levels, name → value, e.g. {@code m.level().value() == #flashkit.levels()['ERROR']}.
     * Outside a request handled by Flashkit only the standard levels.
     */
    public Map<String, Integer> levels() {
        return attribute instanceof RequestContext context
                ? context.flashkit().config().messages().levels()
                : Level.constants(List.of());
    }

    /** The session of this request. */
    public Session session() {
        return RequestContext.require(attribute, "session").session();
    }
}
