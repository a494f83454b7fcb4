package dev.flashkit.messages;

import java.util.function.BiConsumer;

/**
 * A message being composed with optional title, action link and extra tags; {@link #add()} flashes it,
 * {@link #now()} shows it in this request only. Obtained from {@link Messages#compose}.
 */
public final class MessageDraft {
    private final Message.Builder message;
    private final BiConsumer<Message.Builder, Boolean> sink;

    /**
     * A draft whose message (level and text set) is handed to {@code sink} with {@code true} for {@link #now()},
     * {@code false} for {@link #add()}; the sink completes and builds it.
     */
    MessageDraft(Level level, MessageText text, BiConsumer<Message.Builder, Boolean> sink) {
        this.message = Message.builder().level(level).text(text);
        this.sink = sink;
    }

    /** A title shown before the text (plain, escaped). */
    public MessageDraft title(String title) {
        message.title(title);
        return this;
    }

    /** An action link, e.g. {@code action("Undo", "/items/3/restore")}; the href must be relative or http(s). */
    public MessageDraft action(String label, String href) {
        message.action(new Message.Action(label, href));
        return this;
    }

    /** Extra tags before the level tag (space-separated or several arguments). */
    public MessageDraft tags(String... extraTags) {
        message.extraTags(Tags.join(extraTags));
        return this;
    }

    /** Flashes the message (ignored below the minimum level). */
    public void add() {
        sink.accept(message, false);
    }

    /** Shows the message in this request only. */
    public void now() {
        sink.accept(message, true);
    }
}
