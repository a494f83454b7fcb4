package dev.flashkit.messages;

import java.util.List;
import java.util.Locale;

/**
 * Renders escaped, accessible, Bootstrap-5-compatible alerts: {@code alert alert-<css>} (error →
 * {@code danger}, debug → {@code secondary}), {@code role="alert"} for warning and error,
 * {@code role="status"} with {@code aria-live="polite"} for the rest, and a close button that
 * {@code flashkit.js} (or Bootstrap) wires up. Nothing at all is rendered for no messages. Reached through
 * {@link MessageRenderer#html()}.
 */
final class HtmlRenderer implements MessageRenderer {
    static final HtmlRenderer INSTANCE = new HtmlRenderer();

    private static final Level[] STANDARD = Level.standard();

    /** The opening tag of each standard level's alert with its default tag, up to the id's value: built once. */
    private static final String[] STANDARD_OPENINGS = standardOpenings();

    private HtmlRenderer() {}

    @Override
    public String render(List<Message> messages) {
        if (messages.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder(512 * messages.size() + 64);
        sb.append("<div class=\"flashkit-messages\" data-flashkit-messages>\n");
        for (Message m : messages) {
            renderOne(sb, m);
        }
        return sb.append("</div>\n").toString();
    }

    private static void renderOne(StringBuilder sb, Message m) {
        String opening = standardOpening(m);
        if (opening != null) {
            sb.append(opening);
        } else {
            appendOpening(sb, m.level(), css(m.level(), m.levelTag()));
        }
        Html.escape(sb, m.id());
        sb.append("\" data-flashkit-tags=\"");
        Html.escape(sb, m.tags());
        sb.append("\">\n");
        if (m.title() != null) {
            sb.append("    <strong class=\"flashkit-title\">");
            Html.escape(sb, m.title());
            sb.append("</strong>\n");
        }
        sb.append("    <span class=\"flashkit-text\">");
        if (m.text().isHtml()) {
            sb.append(m.text().value());
        } else {
            Html.escape(sb, m.text().value());
        }
        sb.append("</span>\n");
        if (m.action() != null) {
            sb.append("    <a class=\"alert-link flashkit-action\" href=\"");
            Html.escape(sb, m.action().href());
            sb.append("\">");
            Html.escape(sb, m.action().label());
            sb.append("</a>\n");
        }
        sb.append("    <button type=\"button\" class=\"btn-close\" data-flashkit-dismiss aria-label=\"Close\">"
                + "</button>\n");
        sb.append("  </div>\n");
    }

    /** The alert's opening tag up to the value of {@code data-flashkit-id}. */
    private static void appendOpening(StringBuilder sb, Level level, String css) {
        sb.append("  <div class=\"alert alert-");
        Html.escape(sb, css);
        sb.append(" alert-dismissible flashkit-message\" ");
        if (isAlert(level)) {
            sb.append("role=\"alert\"");
        } else {
            sb.append("role=\"status\" aria-live=\"polite\"");
        }
        sb.append(" data-flashkit-level=\"");
        Html.escape(sb, level.name());
        sb.append("\" data-flashkit-id=\"");
    }

    private static String[] standardOpenings() {
        String[] openings = new String[STANDARD.length];
        for (int i = 0; i < STANDARD.length; i++) {
            StringBuilder sb = new StringBuilder(160);
            appendOpening(sb, STANDARD[i], css(STANDARD[i], STANDARD[i].name()));
            openings[i] = sb.toString();
        }
        return openings;
    }

    /** The prebuilt opening when {@code m} has a standard level and that level's default tag, else null. */
    private static String standardOpening(Message m) {
        for (int i = 0; i < STANDARD.length; i++) {
            if (STANDARD[i].equals(m.level())) {
                return m.levelTag().equals(STANDARD[i].name()) ? STANDARD_OPENINGS[i] : null;
            }
        }
        return null;
    }

    /** Bootstrap contextual class: error → danger, debug → secondary, others their lower-case level tag. */
    static String css(Message m) {
        return css(m.level(), m.levelTag());
    }

    /** Lower-case level name (level names are lower-case already). */
    static String levelName(Message m) {
        return m.level().name();
    }

    private static String css(Level level, String levelTag) {
        if (level.equals(Level.ERROR)) {
            return "danger";
        }
        if (level.equals(Level.DEBUG)) {
            return "secondary";
        }
        return levelTag.toLowerCase(Locale.ROOT);
    }

    /** Warning and above interrupt the reader ({@code role="alert"}); the rest are polite status messages. */
    static boolean isAlert(Level level) {
        return level.value() >= Level.WARNING.value();
    }

    @Override
    public String toString() {
        return "HtmlRenderer";
    }
}
