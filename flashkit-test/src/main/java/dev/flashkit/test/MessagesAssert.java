package dev.flashkit.test;

import dev.flashkit.messages.Level;
import dev.flashkit.messages.Message;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.api.AbstractListAssert;
import org.assertj.core.api.ObjectAssert;

/**
 * Assertions on a list of messages (every AssertJ list assertion plus message-specific ones); obtain one
 * from {@link FlashkitAssertions}.
 */
public final class MessagesAssert
        extends AbstractListAssert<MessagesAssert, List<? extends Message>, Message, ObjectAssert<Message>> {
    private final String where;

    MessagesAssert(List<? extends Message> actual, String where) {
        super(actual, MessagesAssert.class);
        this.where = where;
    }

    @Override
    protected ObjectAssert<Message> toAssert(Message value, String description) {
        return new ObjectAssert<>(value).as(description);
    }

    @Override
    protected MessagesAssert newAbstractIterableAssert(Iterable<? extends Message> iterable) {
        List<Message> list = new java.util.ArrayList<>();
        iterable.forEach(list::add);
        return new MessagesAssert(list, where);
    }

    /** Exactly these texts (plain text, resolved text or i18n key), in this order. */
    public MessagesAssert hasMessages(String... texts) {
        isNotNull();
        List<String> actualTexts = texts();
        if (!actualTexts.equals(Arrays.asList(texts))) {
            failWithMessage(
                    "Expected %s to carry messages %s but it carried %s", where, Arrays.asList(texts), actualTexts);
        }
        return this;
    }

    /** At least one message with this level and text. */
    public MessagesAssert hasMessage(Level level, String text) {
        isNotNull();
        boolean found = actual.stream()
                .anyMatch(m -> m.level().equals(level) && m.text().value().equals(text));
        if (!found) {
            failWithMessage(
                    "Expected %s to carry a %s message '%s' but it carried %s", where, level.name(), text, describe());
        }
        return this;
    }

    /** No messages at all. */
    public MessagesAssert hasNoMessages() {
        isNotNull();
        if (!actual.isEmpty()) {
            failWithMessage("Expected %s to carry no messages but it carried %s", where, describe());
        }
        return this;
    }

    /** Every message is reserved for {@code pathAndQuery} (it followed a redirect there). */
    public MessagesAssert allTargeting(String pathAndQuery) {
        isNotNull();
        if (actual.isEmpty() || !actual.stream().allMatch(m -> pathAndQuery.equals(m.target()))) {
            failWithMessage(
                    "Expected every message of %s to target %s but they were %s", where, pathAndQuery, describe());
        }
        return this;
    }

    /** No message is reserved for a target (they go to the next request that displays messages). */
    public MessagesAssert noneTargeted() {
        isNotNull();
        if (actual.stream().anyMatch(Message::isTargeted)) {
            failWithMessage("Expected no message of %s to be targeted but they were %s", where, describe());
        }
        return this;
    }

    /** Exactly these {@link Message#tags()} values (extra tags, then the level tag), in order. */
    public MessagesAssert hasTags(String... tags) {
        isNotNull();
        List<String> actualTags = actual.stream().map(Message::tags).toList();
        if (!actualTags.equals(Arrays.asList(tags))) {
            failWithMessage("Expected %s to carry tags %s but they were %s", where, Arrays.asList(tags), actualTags);
        }
        return this;
    }

    /** The messages themselves, for anything else. */
    public List<Message> messages() {
        return List.copyOf(actual);
    }

    private List<String> texts() {
        return actual.stream().map(m -> m.text().value()).toList();
    }

    private List<String> describe() {
        return actual.stream()
                .map(m -> m.level().name() + ":" + m.text().value() + (m.target() == null ? "" : "@" + m.target()))
                .toList();
    }
}
