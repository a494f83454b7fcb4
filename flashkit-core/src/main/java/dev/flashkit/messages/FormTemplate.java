package dev.flashkit.messages;

import java.lang.reflect.Array;
import java.util.Collection;
import java.util.Map;

/** Fills {@code {name}} placeholders from form values; {@code {{} and {@code }}} are literal braces. */
final class FormTemplate {
    private FormTemplate() {}

    static String fill(String template, Map<String, ?> values) {
        if (template == null) {
            throw new IllegalArgumentException("template must not be null");
        }
        StringBuilder out = new StringBuilder(template.length() + 32);
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c == '{' && i + 1 < template.length() && template.charAt(i + 1) == '{') {
                out.append('{');
                i += 2;
            } else if (c == '}' && i + 1 < template.length() && template.charAt(i + 1) == '}') {
                out.append('}');
                i += 2;
            } else if (c == '{') {
                int end = template.indexOf('}', i);
                if (end < 0) {
                    throw new IllegalArgumentException("unclosed '{' in message template: " + template);
                }
                String name = template.substring(i + 1, end).trim();
                if (values == null || !values.containsKey(name)) {
                    throw new IllegalArgumentException("message template placeholder {" + name
                            + "} has no form value; known: " + (values == null ? "none" : values.keySet()));
                }
                out.append(text(values.get(name)));
                i = end + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value.getClass().isArray()) {
            return Array.getLength(value) == 0 ? "" : text(Array.get(value, 0));
        }
        if (value instanceof Collection<?> c) {
            return c.isEmpty() ? "" : text(c.iterator().next());
        }
        return String.valueOf(value);
    }
}
