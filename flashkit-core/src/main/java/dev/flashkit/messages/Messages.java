package dev.flashkit.messages;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The flash messages of one request (Django's {@code messages} API). Add messages while handling a
 * request ({@code messages.success("Item saved")}); a later request displays them once. Get it from the
 * request context ({@code RequestContext.messages()}); reusable components that must also work without
 * Flashkit use {@code RequestContext.messagesOrNoop(attribute)}, which falls back to {@link #NOOP}.
 *
 * <p>Only real displays consume: {@link #consume()}, iterating this object, {@link #html()},
 * {@link #json()} and the automatic htmx delivery. {@link #peek()} reads without consuming. Messages
 * below the minimum level ({@link #getLevel()}) are ignored. Not thread-safe (one request).
 */
public interface Messages extends Iterable<Message> {

    /** Does nothing and holds nothing: for code that runs where Flashkit may not be installed. */
    Messages NOOP = new NoopMessages();

    /** Adds a plain-text message (escaped when shown) with optional extra tags; ignored below the minimum level. */
    void add(Level level, String text, String... extraTags);

    /** Adds a message whose text is plain, an i18n key or trusted HTML. */
    void add(Level level, MessageText text, String... extraTags);

    /** Adds a {@link Level#DEBUG} message (ignored unless the minimum level is lowered). */
    default void debug(String text, String... extraTags) {
        add(Level.DEBUG, text, extraTags);
    }

    /** Adds a {@link Level#INFO} message. */
    default void info(String text, String... extraTags) {
        add(Level.INFO, text, extraTags);
    }

    /** Adds a {@link Level#SUCCESS} message. */
    default void success(String text, String... extraTags) {
        add(Level.SUCCESS, text, extraTags);
    }

    /** Adds a {@link Level#WARNING} message. */
    default void warning(String text, String... extraTags) {
        add(Level.WARNING, text, extraTags);
    }

    /** Adds an {@link Level#ERROR} message. */
    default void error(String text, String... extraTags) {
        add(Level.ERROR, text, extraTags);
    }

    /**
     * Starts a message with a title, an action link or extra tags; finish with {@link MessageDraft#add()}
     * or {@link MessageDraft#now()}: {@code messages.compose(Level.SUCCESS, "Saved").action("Undo", "/undo").add()}.
     */
    MessageDraft compose(Level level, MessageText text);

    /** {@link #compose(Level, MessageText)} with plain text. */
    default MessageDraft compose(Level level, String text) {
        return compose(level, MessageText.plain(text));
    }

    /** Shows a message in this request only (never stored): for a page rendered directly, not redirected. */
    void now(Level level, String text, String... extraTags);

    /**
     * Flashes a success message built from {@code template}, whose {@code {name}} placeholders are filled
     * from {@code formValues} (Django's {@code SuccessMessageMixin}): {@code formSuccess("{title} was
     * created", form)}. Values are plain text, escaped when shown; a list or array value uses its first
     * element; {@code {{} and {@code }}} write literal braces. IllegalArgumentException names a placeholder
     * with no value.
     */
    void formSuccess(String template, Map<String, ?> formValues);

    /** The messages this request would display, without consuming them (resolved for the reader). */
    List<Message> peek();

    /**
     * The messages this request displays, marked for removal at commit (what templates call). Prefetch
     * and {@code HEAD} requests and 5xx responses never remove anything.
     */
    List<Message> consume();

    /** Keeps every message consumed so far for the next request (undoes {@link #consume()}). */
    void keep();

    /** The minimum level of this request (default: the configured one, INFO unless changed). */
    Level getLevel();

    /** Changes the minimum level for the rest of this request; {@code null} restores the configured one. */
    void setLevel(Level level);

    /** Consumes the messages and renders them as HTML with the configured renderer ({@code ""} for none). */
    String html();

    /** Consumes the messages and writes them as {@code {"messages":[...]}} JSON. */
    String json();

    /** Whether there is nothing to display (does not consume). */
    default boolean isEmpty() {
        return peek().isEmpty();
    }

    /** Iterating consumes, as in Django: {@code {% for m in messages %}}. */
    @Override
    default Iterator<Message> iterator() {
        return consume().iterator();
    }
}
