package dev.flashkit.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Formats a whole {@code Set-Cookie} header value. Flashkit writes these itself so every adapter
 * (Servlet 5 or 6, any container) sends identical attributes, SameSite included.
 */
public final class SetCookieHeader {
    /** Browsers and RFC 6265bis cap a cookie header line; Flashkit keeps the whole header within this. */
    public static final int MAX_HEADER_BYTES = 4096;

    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    private SetCookieHeader() {}

    /** Attributes shared by every cookie Flashkit writes. */
    public record Attributes(String path, String domain, boolean secure, boolean httpOnly, String sameSite) {}

    /** A cookie that lives for {@code maxAge} (null = until the browser closes). */
    public static String of(String name, String value, Duration maxAge, Instant now, Attributes a) {
        StringBuilder sb = new StringBuilder(name.length() + value.length() + 120);
        sb.append(name).append('=').append(value);
        if (maxAge != null) {
            long seconds = Math.max(0, maxAge.toSeconds());
            sb.append("; Max-Age=").append(seconds);
            sb.append("; Expires=").append(HTTP_DATE.format(now.plusSeconds(seconds)));
        }
        return appendAttributes(sb, a);
    }

    /** A header that deletes the cookie in the browser. */
    public static String deletion(String name, Attributes a) {
        StringBuilder sb = new StringBuilder(name.length() + 120);
        sb.append(name).append("=; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT");
        return appendAttributes(sb, a);
    }

    private static String appendAttributes(StringBuilder sb, Attributes a) {
        sb.append("; Path=").append(a.path());
        if (a.domain() != null) {
            sb.append("; Domain=").append(a.domain());
        }
        if (a.secure()) {
            sb.append("; Secure");
        }
        if (a.httpOnly()) {
            sb.append("; HttpOnly");
        }
        sb.append("; SameSite=").append(a.sameSite());
        return sb.toString();
    }
}
