package dev.flashkit.spring;

import dev.flashkit.RequestContext;
import dev.flashkit.messages.Messages;
import dev.flashkit.session.Session;
import java.util.List;

/**
 * The {@code #flashkit} object in Thymeleaf templates: {@code ${#flashkit.messages()}} (displays and
 * consumes), {@code ${#flashkit.peek()}}, {@code ${#flashkit.html()}} and {@code ${#flashkit.session()}}.
 * Outside a request handled by Flashkit, messages are empty and {@link #session()} raises.
 */
public final class FlashkitExpressions {
    private final Object attribute;

    FlashkitExpressions(Object attribute) {
        this.attribute = attribute;
    }

    private Messages messagesFacade() {
        return RequestContext.messagesOrNoop(attribute);
    }

    /** The messages this page displays, consumed (shown once), as template views. */
    public List<MessageView> messages() {
        return messagesFacade().consume().stream().map(MessageView::of).toList();
    }

    /** The messages this page would display, without consuming them. */
    public List<MessageView> peek() {
        return messagesFacade().peek().stream().map(MessageView::of).toList();
    }

    /** Whether there are messages to display (does not consume). */
    public boolean hasMessages() {
        return !messagesFacade().isEmpty();
    }

    /** The messages rendered by Flashkit's HTML renderer, consumed ({@code ""} when none). */
    public String html() {
        return messagesFacade().html();
    }

    /** The session of this request. */
    public Session session() {
        return RequestContext.require(attribute, "session").session();
    }
}
