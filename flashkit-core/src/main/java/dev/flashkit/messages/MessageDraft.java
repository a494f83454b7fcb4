package dev.flashkit.messages;

import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * A message being composed with optional title, action link and extra tags; {@link #add()} flashes it,
 * {@link #now()} shows it in this request only. Obtained from {@link Messages#compose}.
 */
public final class MessageDraft {
    private final Level level;
    private final MessageText text;
    private final BiConsumer<MessageDraft, Boolean> sink;
    private String title;
    private Message.Action action;
    private String extraTags = "";

    /** A draft handed to {@code sink} with {@code true} for {@link #now()}, {@code false} for {@link #add()}. */
    MessageDraft(Level level, MessageText text, BiConsumer<MessageDraft, Boolean> sink) {
        this.level = Objects.requireNonNull(level, "level must not be null");
        this.text = Objects.requireNonNull(text, "text must not be null");
        this.sink = sink;
    }

    /** A title shown before the text (plain, escaped). */
    public MessageDraft title(String title) {
        this.title = title;
        return this;
    }

    /** An action link, e.g. {@code action("Undo", "/items/3/restore")}; the href must be relative or http(s). */
    public MessageDraft action(String label, String href) {
        this.action = new Message.Action(label, href);
        return this;
    }

    /** Extra tags before the level tag (space-separated or several arguments). */
    public MessageDraft tags(String... extraTags) {
        this.extraTags = Message.joinTags(extraTags);
        return this;
    }

    /** Flashes the message (ignored below the minimum level). */
    public void add() {
        sink.accept(this, false);
    }

    /** Shows the message in this request only. */
    public void now() {
        sink.accept(this, true);
    }

    Level level() {
        return level;
    }

    MessageText text() {
        return text;
    }

    String title() {
        return title;
    }

    Message.Action action() {
        return action;
    }

    String extraTags() {
        return extraTags;
    }
}
