package dev.flashkit.messages;

import java.util.List;
import java.util.Map;

/** {@link Messages#NOOP}: accepts everything, stores nothing, displays nothing. */
final class NoopMessages implements Messages {
    NoopMessages() {}

    @Override
    public void add(Level level, String text, String... extraTags) {}

    @Override
    public void add(Level level, MessageText text, String... extraTags) {}

    @Override
    public MessageDraft compose(Level level, MessageText text) {
        return new MessageDraft(level, text, (draft, now) -> {});
    }

    @Override
    public void now(Level level, String text, String... extraTags) {}

    @Override
    public void formSuccess(String template, Map<String, ?> formValues) {}

    @Override
    public List<Message> peek() {
        return List.of();
    }

    @Override
    public List<Message> consume() {
        return List.of();
    }

    @Override
    public void keep() {}

    @Override
    public Level getLevel() {
        return Level.INFO;
    }

    @Override
    public void setLevel(Level level) {}

    @Override
    public String html() {
        return "";
    }

    @Override
    public String json() {
        return "{\"messages\":[]}";
    }

    @Override
    public String toString() {
        return "Messages.NOOP";
    }
}
