package dev.flashkit.messages;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A message shaped for logic-less templates (Mustache, Handlebars): every value the alert markup needs,
 * computed with the core renderer's rules, so a partial only prints fields. {@code html} is already
 * escaped (or explicitly trusted HTML): print it unescaped; escape everything else as usual.
 *
 * @param id the message id
 * @param level the lower-case level name
 * @param css the Bootstrap contextual class suffix (error → danger, debug → secondary)
 * @param assertive warning or above: {@code role="alert"}; otherwise {@code role="status"} + {@code aria-live}
 * @param tags extra tags then the level tag, space-separated
 * @param title the optional title, or {@code null}
 * @param html the text as HTML
 * @param action the optional action link, or {@code null}
 */
public record MessageView(
        String id,
        String level,
        String css,
        boolean assertive,
        String tags,
        String title,
        String html,
        Message.Action action) {

    /** The view of one (already resolved) message. */
    public static MessageView of(Message m) {
        return new MessageView(
                m.id(),
                HtmlRenderer.levelName(m),
                HtmlRenderer.css(m),
                HtmlRenderer.isAlert(m.level()),
                m.tags(),
                m.title(),
                m.textHtml(),
                m.action());
    }

    /**
     * The level test for logic-less templates, which cannot compare with the level constants: the level's
     * constant name ({@link Level#constantName()}) mapped to {@code true}, so Mustache can write
     * {@code {{#is.ERROR}}…{{/is.ERROR}}}.
     */
    public Map<String, Boolean> is() {
        return Map.of(level.toUpperCase(Locale.ROOT).replace('-', '_'), true);
    }

    /** Views of {@code messages}, in order. */
    public static List<MessageView> of(List<Message> messages) {
        return messages.stream().map(MessageView::of).toList();
    }
}
