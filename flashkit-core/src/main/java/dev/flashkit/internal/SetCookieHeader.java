package dev.flashkit.internal;

import dev.flashkit.spi.ResponseCookies;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Objects;

/**
 * Formats a whole {@code Set-Cookie} header value. Flashkit writes these itself so every adapter
 * (Servlet 5 or 6, any container) sends identical attributes, SameSite included.
 */
public final class SetCookieHeader {
    /** Browsers and RFC 6265bis cap a cookie header line; Flashkit keeps the whole header within this. */
    public static final int MAX_HEADER_BYTES = ResponseCookies.MAX_HEADER_BYTES;

    private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    private static final String[] MONTHS = {
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
    };

    /** Bound on cached deletion headers: configurations and cookie names are few in practice. */
    private static final int MAX_CACHED = 16;

    private static volatile Deletion[] deletions = new Deletion[0];

    private SetCookieHeader() {}

    /** Attributes shared by every cookie Flashkit writes. */
    public record Attributes(String path, String domain, boolean secure, boolean httpOnly, String sameSite) {}

    /**
     * A cookie that lives for {@code maxAge} (null = until the browser closes), rounded up to whole seconds: a
     * cookie never leaves the browser before the session or message it carries expires.
     */
    public static String of(String name, String value, Duration maxAge, Instant now, Attributes a) {
        StringBuilder sb = new StringBuilder(name.length() + value.length() + 120);
        sb.append(name).append('=').append(value);
        if (maxAge != null) {
            long seconds = Math.max(0, maxAge.getSeconds() + (maxAge.getNano() > 0 ? 1 : 0)); // getSeconds floors
            sb.append("; Max-Age=").append(seconds);
            sb.append("; Expires=");
            appendHttpDate(sb, now.getEpochSecond() + seconds);
        }
        return appendAttributes(sb, a);
    }

    /**
     * Appends the IMF-fixdate of RFC 9110 ({@code Sun, 06 Nov 1994 08:49:37 GMT}): fixed width, and many times
     * cheaper than a {@code DateTimeFormatter}, which showed up in every response that sets a cookie.
     */
    static StringBuilder appendHttpDate(StringBuilder sb, long epochSecond) {
        HttpDate last = lastDate;
        if (last == null || last.epochSecond != epochSecond) {
            last = new HttpDate(
                    epochSecond,
                    formatHttpDate(new StringBuilder(29), epochSecond).toString());
            lastDate = last; // every cookie set in the same second has the same Expires
        }
        return sb.append(last.text);
    }

    private record HttpDate(long epochSecond, String text) {}

    private static volatile HttpDate lastDate;

    private static StringBuilder formatHttpDate(StringBuilder sb, long epochSecond) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(epochSecond, 0, ZoneOffset.UTC);
        sb.append(DAYS[t.getDayOfWeek().ordinal()]).append(", ");
        twoDigits(sb, t.getDayOfMonth()).append(' ');
        sb.append(MONTHS[t.getMonthValue() - 1]).append(' ').append(t.getYear()).append(' ');
        twoDigits(sb, t.getHour()).append(':');
        twoDigits(sb, t.getMinute()).append(':');
        return twoDigits(sb, t.getSecond()).append(" GMT");
    }

    private static StringBuilder twoDigits(StringBuilder sb, int value) {
        return sb.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }

    /**
     * A header that deletes the cookie in the browser. The same few headers go out on every request that
     * shows a message, so they are made once per cookie name and attributes (an application has a handful).
     */
    public static String deletion(String name, Attributes a) {
        Objects.requireNonNull(name, "cookie name must not be null");
        Objects.requireNonNull(a, "cookie attributes must not be null");
        Deletion[] cached = deletions;
        for (Deletion d : cached) {
            if (d.name.equals(name) && d.attributes.equals(a)) {
                return d.header;
            }
        }
        String header = formatDeletion(name, a);
        if (cached.length < MAX_CACHED) {
            Deletion[] grown = Arrays.copyOf(cached, cached.length + 1);
            grown[cached.length] = new Deletion(name, a, header);
            deletions = grown; // a lost race only formats a header twice
        }
        return header;
    }

    private record Deletion(String name, Attributes attributes, String header) {}

    /** The UTF-8 length of a header, without encoding it when it is ASCII (as cookie headers nearly always are). */
    public static int byteLength(String header) {
        for (int i = 0; i < header.length(); i++) {
            if (header.charAt(i) >= 0x80) {
                return header.getBytes(StandardCharsets.UTF_8).length;
            }
        }
        return header.length();
    }

    private static String formatDeletion(String name, Attributes a) {
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
