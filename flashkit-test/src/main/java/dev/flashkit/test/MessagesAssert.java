package dev.flashkit.test;

import dev.flashkit.messages.Level;
import dev.flashkit.messages.Message;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.api.AbstractAssert;

/** Assertions on a list of messages; obtain one from {@link FlashkitAssertions}. */
public final class MessagesAssert extends AbstractAssert<MessagesAssert, List<Message>> {
    private final String where;

    MessagesAssert(List<Message> actual, String where) {
        super(actual, MessagesAssert.class);
        this.where = where;
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

    /** The messages themselves, for anything else. */
    public List<Message> messages() {
        return actual;
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
