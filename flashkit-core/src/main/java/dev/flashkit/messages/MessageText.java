package dev.flashkit.messages;

import dev.flashkit.internal.JsonValues;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The text of a message: plain text (always escaped when rendered), an i18n key with arguments
 * (resolved in the reader's locale when displayed, then escaped), or trusted HTML (inserted as is —
 * the only way to put markup into a message; never pass user input to {@link #trustedHtml}).
 *
 * @param kind which of the three it is
 * @param value the plain text, the i18n key or the HTML
 * @param args the i18n arguments ({@link java.text.MessageFormat} style {@code {0}}); empty otherwise
 */
public record MessageText(Kind kind, String value, List<Object> args) {

    /** What a {@link MessageText} holds. */
    public enum Kind {
        /** Plain text, escaped when rendered. */
        PLAIN,
        /** A resource-bundle key plus arguments, resolved in the reader's locale. */
        KEY,
        /** Trusted HTML, rendered unescaped. */
        HTML
    }

    /** Validates and copies; arguments must be JSON-compatible scalars (String, Number, Boolean). */
    public MessageText {
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(value, "message text must not be null");
        args = args == null || args.isEmpty() ? List.of() : normalize(args);
        if (kind != Kind.KEY && !args.isEmpty()) {
            throw new IllegalArgumentException("only i18n key texts take arguments");
        }
        if (kind == Kind.KEY && value.isBlank()) {
            throw new IllegalArgumentException("i18n key must not be blank");
        }
    }

    private static List<Object> normalize(List<Object> args) {
        return args.stream()
                .map(arg -> {
                    Object n = JsonValues.normalize("message argument", arg);
                    if (n == null || n instanceof List || n instanceof Map) {
                        throw new IllegalArgumentException(
                                "message arguments must be String, Number or Boolean, not " + n);
                    }
                    return n;
                })
                .toList();
    }

    /** Plain text, escaped when rendered. */
    public static MessageText plain(String text) {
        return new MessageText(Kind.PLAIN, text, List.of());
    }

    /** An i18n key resolved in the reader's locale at display time, e.g. {@code key("item.saved", name)}. */
    public static MessageText key(String key, Object... args) {
        return new MessageText(Kind.KEY, key, Arrays.asList(args));
    }

    /** Trusted HTML inserted unescaped: only for markup your code builds, never for user input. */
    public static MessageText trustedHtml(String html) {
        return new MessageText(Kind.HTML, html, List.of());
    }

    /** Whether this is trusted HTML. */
    public boolean isHtml() {
        return kind == Kind.HTML;
    }

    /** The text as HTML: escaped plain text (or key), or the trusted HTML as is. */
    public String toHtml() {
        return kind == Kind.HTML ? value : Html.escape(value);
    }

    /** The plain text, key or HTML source. */
    @Override
    public String toString() {
        return value;
    }
}
