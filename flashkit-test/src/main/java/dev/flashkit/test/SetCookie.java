package dev.flashkit.test;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One parsed {@code Set-Cookie} header: name, value and attributes (names lower-cased; flag attributes
 * such as {@code HttpOnly} map to an empty string).
 */
public record SetCookie(String name, String value, Map<String, String> attributes, String header) {

    /** Parses a {@code Set-Cookie} header value. */
    public static SetCookie parse(String header) {
        String[] parts = header.split(";");
        String pair = parts[0].trim();
        int eq = pair.indexOf('=');
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i].trim();
            int e = part.indexOf('=');
            if (e < 0) {
                attributes.put(part.toLowerCase(Locale.ROOT), "");
            } else {
                attributes.put(
                        part.substring(0, e).trim().toLowerCase(Locale.ROOT),
                        part.substring(e + 1).trim());
            }
        }
        return new SetCookie(
                pair.substring(0, eq), pair.substring(eq + 1), Collections.unmodifiableMap(attributes), header);
    }

    /** The value of an attribute (case-insensitive name), or {@code null}. */
    public String attribute(String name) {
        return attributes.get(name.toLowerCase(Locale.ROOT));
    }

    /** Whether a flag or valued attribute is present. */
    public boolean has(String name) {
        return attributes.containsKey(name.toLowerCase(Locale.ROOT));
    }

    /** Whether this header deletes the cookie ({@code Max-Age=0}). */
    public boolean isDeletion() {
        return "0".equals(attribute("Max-Age"));
    }
}
