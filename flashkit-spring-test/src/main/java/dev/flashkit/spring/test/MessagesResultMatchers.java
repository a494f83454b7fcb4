package dev.flashkit.spring.test;

import static org.springframework.test.util.AssertionErrors.fail;

import dev.flashkit.messages.Level;
import dev.flashkit.messages.Message;
import java.util.Arrays;
import java.util.List;
import org.springframework.test.web.servlet.ResultMatcher;

/**
 * Matchers on the flash messages a MockMvc response left for later requests (targeted or not), opened with
 * the application's {@code Flashkit} bean without consuming them: {@code flashkit().messages()}. Failures
 * list the messages that were there and name the response's status (and redirect).
 */
public final class MessagesResultMatchers {
    MessagesResultMatchers() {}

    /** A message with this level and text (plain text, resolved text or i18n key) is among them. */
    public ResultMatcher contains(Level level, String text) {
        return result -> {
            List<Message> messages = MockMvcFlashkit.nextRequest(result).messages();
            if (messages.stream()
                    .noneMatch(m -> m.level().equals(level) && m.text().value().equals(text))) {
                fail(MockMvcFlashkit.after("Flashkit messages", result) + "expected a " + level.name() + " message '"
                        + text + "' but the response left " + describe(messages));
            }
        };
    }

    /** Exactly these texts, in this order. */
    public ResultMatcher texts(String... texts) {
        return result -> {
            List<Message> messages = MockMvcFlashkit.nextRequest(result).messages();
            List<String> actual = messages.stream().map(m -> m.text().value()).toList();
            if (!actual.equals(Arrays.asList(texts))) {
                fail(MockMvcFlashkit.after("Flashkit messages", result) + "expected " + Arrays.asList(texts)
                        + " but the response left " + describe(messages));
            }
        };
    }

    /** No messages at all. */
    public ResultMatcher none() {
        return result -> {
            List<Message> messages = MockMvcFlashkit.nextRequest(result).messages();
            if (!messages.isEmpty()) {
                fail(MockMvcFlashkit.after("Flashkit messages", result) + "expected none but the response left "
                        + describe(messages));
            }
        };
    }

    private static List<String> describe(List<Message> messages) {
        return messages.stream()
                .map(m -> m.level().name() + ":" + m.text().value() + (m.target() == null ? "" : "@" + m.target()))
                .toList();
    }
}
