package dev.flashkit.messages;

import java.util.List;
import java.util.Locale;

/**
 * Renders escaped, accessible, Bootstrap-5-compatible alerts: {@code alert alert-<css>} (error →
 * {@code danger}, debug → {@code secondary}), {@code role="alert"} for warning and error,
 * {@code role="status"} with {@code aria-live="polite"} for the rest, and a close button that
 * {@code flashkit.js} (or Bootstrap) wires up. Nothing at all is rendered for no messages.
 */
public final class HtmlRenderer implements MessageRenderer {
    static final HtmlRenderer INSTANCE = new HtmlRenderer();

    private HtmlRenderer() {}

    /** The shared instance. */
    public static HtmlRenderer create() {
        return INSTANCE;
    }

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
        sb.append("  <div class=\"alert alert-");
        Html.escape(sb, css(m));
        sb.append(" alert-dismissible flashkit-message\" ");
        if (isAlert(m.level())) {
            sb.append("role=\"alert\"");
        } else {
            sb.append("role=\"status\" aria-live=\"polite\"");
        }
        sb.append(" data-flashkit-level=\"");
        Html.escape(sb, levelName(m));
        sb.append("\" data-flashkit-id=\"");
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

    /** Bootstrap contextual class: error → danger, debug → secondary, others their lower-case level tag. */
    static String css(Message m) {
        if (m.level().value() == Level.ERROR.value() && m.level().name().equals(Level.ERROR.name())) {
            return "danger";
        }
        if (m.level().value() == Level.DEBUG.value() && m.level().name().equals(Level.DEBUG.name())) {
            return "secondary";
        }
        return m.levelTag().toLowerCase(Locale.ROOT);
    }

    /** Lower-case level name. */
    static String levelName(Message m) {
        return m.level().name().toLowerCase(Locale.ROOT);
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
