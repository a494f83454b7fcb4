package dev.flashkit.internal;

import java.util.Enumeration;

/**
 * Finds one cookie in a raw {@code Cookie} request header ({@code a=1; b=2}), for adapters: a container's
 * full cookie parse (every cookie, RFC 6265 checks per character) costs as much as opening a sealed cookie
 * when the cookie changes on every request, while Flashkit needs one value that its codec validates anyway.
 */
public final class CookieHeader {
    private CookieHeader() {}

    /**
     * The value of the first cookie called {@code name} in any of a request's {@code Cookie} headers (as a
     * servlet container enumerates them; {@code null} means none), or {@code null}.
     */
    public static String findInHeaders(Enumeration<String> headers, String name) {
        while (headers != null && headers.hasMoreElements()) {
            String value = find(headers.nextElement(), name);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /**
     * The value of the first cookie called {@code name} in {@code header} (surrounding double quotes removed),
     * or {@code null} when there is none.
     */
    public static String find(String header, String name) {
        if (header == null || name.isEmpty()) {
            return null;
        }
        int length = header.length();
        int i = 0;
        while (i < length) {
            while (i < length && (header.charAt(i) == ' ' || header.charAt(i) == '\t')) {
                i++;
            }
            int end = header.indexOf(';', i);
            if (end < 0) {
                end = length;
            }
            int equals = i + name.length();
            if (equals < end && header.charAt(equals) == '=' && header.startsWith(name, i)) {
                return unquote(header.substring(equals + 1, end).trim());
            }
            i = end + 1;
        }
        return null;
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.charAt(0) == '"' && value.charAt(value.length() - 1) == '"'
                ? value.substring(1, value.length() - 1)
                : value;
    }
}
