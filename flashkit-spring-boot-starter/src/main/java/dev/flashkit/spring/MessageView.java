package dev.flashkit.spring;

import dev.flashkit.messages.Level;
import dev.flashkit.messages.Message;
import java.util.Locale;

/**
 * A displayed message shaped for templates: what the Thymeleaf fragment {@code flashkit/messages} reads to
 * produce the same markup as Flashkit's HTML renderer.
 *
 * @param id the message id ({@code data-flashkit-id})
 * @param level the lower-case level name ({@code data-flashkit-level})
 * @param css the Bootstrap contextual class suffix: error → danger, debug → secondary, else the level tag
 * @param assertive whether it interrupts screen readers ({@code role="alert"}: warning and above)
 * @param tags extra tags then the level tag ({@code data-flashkit-tags})
 * @param title the title, or {@code null}
 * @param text the text as plain text (for {@code th:text})
 * @param html the text as HTML: escaped plain text, or the message's explicitly trusted HTML (for {@code th:utext})
 * @param action the action link, or {@code null}
 */
public record MessageView(
        String id,
        String level,
        String css,
        boolean assertive,
        String tags,
        String title,
        String text,
        String html,
        Message.Action action) {

    /** The view of a (resolved) message. */
    public static MessageView of(Message m) {
        return new MessageView(
                m.id(),
                m.level().name().toLowerCase(Locale.ROOT),
                css(m),
                m.level().value() >= Level.WARNING.value(),
                m.tags(),
                m.title(),
                m.text().value(),
                m.text().toHtml(),
                m.action());
    }

    private static String css(Message m) {
        if (m.level().equals(Level.ERROR)) {
            return "danger";
        }
        if (m.level().equals(Level.DEBUG)) {
            return "secondary";
        }
        return m.levelTag().toLowerCase(Locale.ROOT);
    }
}
